using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenAndApprovalQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_IsOpen_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_AwaitingApproval_Queue",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "PriorityRank", "RequestedAt", "Number" },
                filter: "\"Status\" IN ('Estimated', 'QuotesSubmitted')");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_AwaitingApproval_RequestedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "RequestedAt" },
                filter: "\"Status\" IN ('Estimated', 'QuotesSubmitted')");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Open_Queue",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, true, true },
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Open_RequestedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "RequestedAt" },
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Open_VendorId",
                table: "MaintenanceRequests",
                columns: new[] { "VendorId", "OrganizationId", "IsOpen" },
                filter: "\"IsOpen\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_AwaitingApproval_Queue",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_AwaitingApproval_RequestedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_Open_Queue",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_Open_RequestedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_Open_VendorId",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_IsOpen_PriorityRank_RequestedAt_Number",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "IsOpen", "PriorityRank", "RequestedAt", "Number" },
                descending: new[] { false, false, false, true, true });
        }
    }
}
