using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class PaymentMonthsByTypePayeeAndMethod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The months get new keys: the table is made again (not rebuilt in place, which SQLite would do after the
            // triggers below are created) and added up again from the payments.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropPaymentMonthTriggersSql(postgreSql: true));
            migrationBuilder.DropTable(
                name: "MaintenancePaymentMonths");

            migrationBuilder.CreateTable(
                name: "MaintenancePaymentMonths",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    PropertyId = table.Column<Guid>(type: "uuid", nullable: false),
                    LandlordUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CategoryName = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    ExpenseTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaidTo = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    AmountTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    SmallestTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    LargestTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    FirstPaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastPaidOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenancePaymentMonths", x => new { x.OrganizationId, x.Month, x.PropertyId, x.LandlordUserId, x.CategoryName, x.ExpenseTypeId, x.PaidTo, x.Method, x.Emergency });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_LandlordUserId_Month",
                table: "MaintenancePaymentMonths",
                columns: new[] { "LandlordUserId", "Month" });

            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreatePaymentMonthTriggersSql(postgreSql: true));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.PaymentMonthsRebuildSql(postgreSql: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropPaymentMonthTriggersSql(postgreSql: true));
            migrationBuilder.DropTable(
                name: "MaintenancePaymentMonths");

            migrationBuilder.CreateTable(
                name: "MaintenancePaymentMonths",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    PropertyId = table.Column<Guid>(type: "uuid", nullable: false),
                    LandlordUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CategoryName = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    AmountTenThousandths = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenancePaymentMonths", x => new { x.OrganizationId, x.Month, x.PropertyId, x.LandlordUserId, x.CategoryName });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePaymentMonths_LandlordUserId_Month",
                table: "MaintenancePaymentMonths",
                columns: new[] { "LandlordUserId", "Month" });

            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateFirstPaymentMonthTriggersSql(postgreSql: true));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.FirstPaymentMonthsRebuildSql(postgreSql: true));
        }
    }
}
