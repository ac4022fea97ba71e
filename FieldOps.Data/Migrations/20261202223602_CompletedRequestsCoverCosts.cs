using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompletedRequestsCoverCosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "CompletedAt", "ActualCost", "VendorId", "EstimatedCost", "ExpenseTypeId", "EstimatedByName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "CompletedAt" });
        }
    }
}
