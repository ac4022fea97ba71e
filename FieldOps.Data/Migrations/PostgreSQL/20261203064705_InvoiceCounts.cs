using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class InvoiceCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InvoiceCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PaidMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    TotalTenThousandths = table.Column<long>(type: "bigint", nullable: false),
                    AmountPaidTenThousandths = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceCounts", x => new { x.OrganizationId, x.Status, x.PaidMonth });
                });

            // Triggers keep the counts from now on; the rebuild adds up the invoices an upgraded database already holds.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateInvoiceCountTriggersSql(postgreSql: true));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.InvoiceCountsRebuildSql(postgreSql: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropInvoiceCountTriggersSql(postgreSql: true));

            migrationBuilder.DropTable(
                name: "InvoiceCounts");
        }
    }
}
