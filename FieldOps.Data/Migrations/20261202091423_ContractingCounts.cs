using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContractingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContractingCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Record = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubcontractorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountTenThousandths = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractingCounts", x => new { x.OrganizationId, x.Record, x.Status, x.SubcontractorId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractingCounts_SubcontractorId_Record_Status",
                table: "ContractingCounts",
                columns: new[] { "SubcontractorId", "Record", "Status" });

            // Triggers keep the counts from now on; the rebuild counts the logs, claims and vouchers an upgraded database already holds.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateContractingTriggersSql(postgreSql: false));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.ContractingRebuildSql(postgreSql: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropContractingTriggersSql(postgreSql: false));

            migrationBuilder.DropTable(
                name: "ContractingCounts");
        }
    }
}
