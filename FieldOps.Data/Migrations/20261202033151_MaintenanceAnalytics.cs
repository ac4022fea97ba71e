using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_RequestedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_CompletedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_RequestedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_RequestedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_CompletedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_RequestedAt",
                table: "MaintenanceRequests");
        }
    }
}
