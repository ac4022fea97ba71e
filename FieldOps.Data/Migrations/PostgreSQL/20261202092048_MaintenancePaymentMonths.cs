using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
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

            // Triggers keep the months from now on; the rebuild adds up the payments an upgraded database already holds.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateFirstPaymentMonthTriggersSql(postgreSql: true));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.FirstPaymentMonthsRebuildSql(postgreSql: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropPaymentMonthTriggersSql(postgreSql: true));

            migrationBuilder.DropTable(
                name: "MaintenancePaymentMonths");
        }
    }
}
