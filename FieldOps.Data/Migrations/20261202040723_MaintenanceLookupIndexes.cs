using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_VendorId",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_ApprovedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "ApprovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_VendorId_IsOpen",
                table: "MaintenanceRequests",
                columns: new[] { "VendorId", "IsOpen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_ApprovedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_VendorId_IsOpen",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_VendorId",
                table: "MaintenanceRequests",
                column: "VendorId");
        }
    }
}
