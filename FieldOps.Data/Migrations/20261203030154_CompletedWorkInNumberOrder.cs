using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompletedWorkInNumberOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_CompletedAt",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "CompletedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_CompletedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "CompletedAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Number",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_CompletedAt_Number",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_CompletedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "CompletedAt" });
        }
    }
}
