using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceOverdueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_Status_AssignDueAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "Status", "AssignDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_Status_OnSiteDueAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "Status", "OnSiteDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_Status_AssignDueAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_Status_OnSiteDueAt",
                table: "MaintenanceRequests");
        }
    }
}
