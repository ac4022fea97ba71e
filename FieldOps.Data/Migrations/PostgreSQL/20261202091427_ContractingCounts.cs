using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
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
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Record = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubcontractorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    AmountTenThousandths = table.Column<long>(type: "bigint", nullable: false)
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
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateContractingTriggersSql(postgreSql: true));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.ContractingRebuildSql(postgreSql: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropContractingTriggersSql(postgreSql: true));

            migrationBuilder.DropTable(
                name: "ContractingCounts");
        }
    }
}
