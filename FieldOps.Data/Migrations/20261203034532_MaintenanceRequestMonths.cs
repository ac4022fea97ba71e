using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceRequestMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RequestedOn",
                table: "MaintenanceRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MaintenanceRequestMonths",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ExpenseTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestorType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Requests = table.Column<int>(type: "INTEGER", nullable: false),
                    Open = table.Column<int>(type: "INTEGER", nullable: false),
                    Emergencies = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    ActualTenThousandths = table.Column<long>(type: "INTEGER", nullable: false),
                    AwaitingApproval = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaitingEmergencies = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaitingOwner = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaitingEstimatedTenThousandths = table.Column<long>(type: "INTEGER", nullable: false),
                    LatestRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRequestMonths", x => new { x.OrganizationId, x.Month, x.PropertyId, x.OwnerUserId, x.ExpenseTypeId, x.RequestorType, x.RequestedById, x.RequestedByName });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_RequestedOn_Missing",
                table: "MaintenanceRequests",
                column: "Id",
                filter: "\"RequestedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestMonths_OrganizationId_ExpenseTypeId_Month",
                table: "MaintenanceRequestMonths",
                columns: new[] { "OrganizationId", "ExpenseTypeId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestMonths_OwnerUserId_Month",
                table: "MaintenanceRequestMonths",
                columns: new[] { "OwnerUserId", "Month" });

            // Triggers keep the months from now on. Requests already made have no day in the firm's calendar yet:
            // start-up gives them one (CalendarDays), and the update trigger counts each as it does.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateRequestMonthTriggersSql(postgreSql: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropRequestMonthTriggersSql(postgreSql: false));

            migrationBuilder.DropTable(
                name: "MaintenanceRequestMonths");

            migrationBuilder.DropIndex(
                name: "IX_MaintenanceRequests_RequestedOn_Missing",
                table: "MaintenanceRequests");

            // Dropped in place: rebuilding the table would break the triggers on other tables that read it.
            migrationBuilder.Sql("ALTER TABLE \"MaintenanceRequests\" DROP COLUMN \"RequestedOn\";");
        }
    }
}
