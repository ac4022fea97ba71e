using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenancePaymentMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // Triggers keep the months from now on; the rebuild adds up the payments an upgraded database already holds.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateFirstPaymentMonthTriggersSql(postgreSql: false));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.FirstPaymentMonthsRebuildSql(postgreSql: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropPaymentMonthTriggersSql(postgreSql: false));

            migrationBuilder.DropTable(
                name: "MaintenancePaymentMonths");
        }
    }
}
