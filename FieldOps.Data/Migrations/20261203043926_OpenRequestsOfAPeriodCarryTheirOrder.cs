using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenRequestsOfAPeriodCarryTheirOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_Open_RequestedAt",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Open_RequestedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "RequestedAt", "PriorityRank", "Number", "Id", "IsOpen" },
                filter: "\"IsOpen\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_Open_RequestedAt",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Open_RequestedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "RequestedAt" },
                filter: "\"IsOpen\"");
        }
    }
}
