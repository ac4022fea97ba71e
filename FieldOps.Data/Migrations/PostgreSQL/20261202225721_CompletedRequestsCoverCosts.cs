using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class CompletedRequestsCoverCosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "CompletedAt", "ActualCost", "VendorId", "EstimatedCost", "ExpenseTypeId", "EstimatedByName", "Id" },
                filter: "\"CompletedAt\" IS NOT NULL AND \"ActualCost\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs",
                table: "MaintenanceRequests");
        }
    }
}
