using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class PaymentMonthsByTypePayeeAndMethod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The months get new keys: the table is made again (not rebuilt in place, which SQLite would do after the
            // triggers below are created) and added up again from the payments.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropPaymentMonthTriggersSql(postgreSql: false));
            migrationBuilder.DropTable(
                name: "MaintenancePaymentMonths");

            migrationBuilder.CreateTable(
                name: "MaintenancePaymentMonths",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LandlordUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CategoryName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    ExpenseTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidTo = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountTenThousandths = table.Column<long>(type: "INTEGER", nullable: false),
                    SmallestTenThousandths = table.Column<long>(type: "INTEGER", nullable: false),
                    LargestTenThousandths = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstPaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastPaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenancePaymentMonths", x => new { x.OrganizationId, x.Month, x.PropertyId, x.LandlordUserId, x.CategoryName, x.ExpenseTypeId, x.PaidTo, x.Method, x.Emergency });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_LandlordUserId_Month",
                table: "MaintenancePaymentMonths",
                columns: new[] { "LandlordUserId", "Month" });

            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreatePaymentMonthTriggersSql(postgreSql: false));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.PaymentMonthsRebuildSql(postgreSql: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropPaymentMonthTriggersSql(postgreSql: false));
            migrationBuilder.DropTable(
                name: "MaintenancePaymentMonths");

            migrationBuilder.CreateTable(
                name: "MaintenancePaymentMonths",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LandlordUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CategoryName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountTenThousandths = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenancePaymentMonths", x => new { x.OrganizationId, x.Month, x.PropertyId, x.LandlordUserId, x.CategoryName });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_LandlordUserId_Month",
                table: "MaintenancePaymentMonths",
                columns: new[] { "LandlordUserId", "Month" });

            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateFirstPaymentMonthTriggersSql(postgreSql: false));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.FirstPaymentMonthsRebuildSql(postgreSql: false));
        }
    }
}
