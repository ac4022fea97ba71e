using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class MaintenanceCompletionMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs",
                table: "MaintenanceRequests");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "MaintenanceRequests",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MaintenanceCompletionMonths",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    PropertyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ExpenseTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    VendorId = table.Column<Guid>(type: "uuid", nullable: false),
                    EstimatedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Jobs = table.Column<int>(type: "integer", nullable: false),
                    ActualTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    Budgeted = table.Column<int>(type: "integer", nullable: false),
                    BudgetedTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    Estimated = table.Column<int>(type: "integer", nullable: false),
                    EstimatedTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    ActualOfEstimatedTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    Started = table.Column<int>(type: "integer", nullable: false),
                    StartedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Rated = table.Column<int>(type: "integer", nullable: false),
                    OverallTotal = table.Column<int>(type: "integer", nullable: false),
                    QualityCount = table.Column<int>(type: "integer", nullable: false),
                    QualityTotal = table.Column<int>(type: "integer", nullable: false),
                    ResponseCount = table.Column<int>(type: "integer", nullable: false),
                    ResponseTotal = table.Column<int>(type: "integer", nullable: false),
                    RecommendAnswered = table.Column<int>(type: "integer", nullable: false),
                    Recommended = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceCompletionMonths", x => new { x.OrganizationId, x.Month, x.PropertyId, x.OwnerUserId, x.ExpenseTypeId, x.VendorId, x.EstimatedByName });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_CompletedOn_Missing",
                table: "MaintenanceRequests",
                column: "Id",
                filter: "\"CompletedAt\" IS NOT NULL AND \"CompletedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceCompletionMonths_OwnerUserId_Month",
                table: "MaintenanceCompletionMonths",
                columns: new[] { "OwnerUserId", "Month" });

            // Triggers keep the months from now on. Completions already recorded have no day in the firm's calendar yet:
            // start-up gives them one (CalendarDays), and the update trigger counts each as it does.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateCompletionMonthTriggersSql(postgreSql: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropCompletionMonthTriggersSql(postgreSql: true));

            migrationBuilder.DropTable(
                name: "MaintenanceCompletionMonths");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_CompletedOn_Missing",
                table: "MaintenanceRequests");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "MaintenanceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_OrganizationId_CompletedAt_Costs",
                table: "MaintenanceRequests",
                columns: new[] { "OrganizationId", "CompletedAt", "ActualCost", "VendorId", "EstimatedCost", "ExpenseTypeId", "EstimatedByName", "Id" },
                filter: "\"CompletedAt\" IS NOT NULL AND \"ActualCost\" IS NOT NULL");
        }
    }
}
