using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class MaintenancePartyDeadlineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_AssigneeUserId_Status_AssignDueAt",
                table: "MaintenanceRequests",
                columns: new[] { "AssigneeUserId", "Status", "AssignDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_AssigneeUserId_Status_OnSiteDueAt_Start~",
                table: "MaintenanceRequests",
                columns: new[] { "AssigneeUserId", "Status", "OnSiteDueAt", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status_AssignDueAt",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "Status", "AssignDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status_OnSiteDueAt_StartedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "Status", "OnSiteDueAt", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_TenantUserId_Status_AssignDueAt",
                table: "MaintenanceRequests",
                columns: new[] { "TenantUserId", "Status", "AssignDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_TenantUserId_Status_OnSiteDueAt_Started~",
                table: "MaintenanceRequests",
                columns: new[] { "TenantUserId", "Status", "OnSiteDueAt", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_VendorUserId_Status_AssignDueAt",
                table: "MaintenanceRequests",
                columns: new[] { "VendorUserId", "Status", "AssignDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_VendorUserId_Status_OnSiteDueAt_Started~",
                table: "MaintenanceRequests",
                columns: new[] { "VendorUserId", "Status", "OnSiteDueAt", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_AssigneeUserId_Status_AssignDueAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_AssigneeUserId_Status_OnSiteDueAt_Start~",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status_AssignDueAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status_OnSiteDueAt_StartedAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_TenantUserId_Status_AssignDueAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_TenantUserId_Status_OnSiteDueAt_Started~",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_VendorUserId_Status_AssignDueAt",
                table: "MaintenanceRequests");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_VendorUserId_Status_OnSiteDueAt_Started~",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OwnerUserId_Status",
                table: "MaintenanceRequests",
                columns: new[] { "OwnerUserId", "Status" });
        }
    }
}
