using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class SummaryCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TechnicianId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobCounts", x => new { x.OrganizationId, x.TechnicianId, x.Status });
                });

            migrationBuilder.CreateTable(
                name: "NotificationCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Unread = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationCounts", x => new { x.OrganizationId, x.RecipientUserId });
                });

            // Triggers keep the counts from now on; the rebuild counts what an upgraded database already holds.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateTriggersSql(postgreSql: true));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.RebuildSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropTriggersSql(postgreSql: true));

            migrationBuilder.DropTable(
                name: "JobCounts");

            migrationBuilder.DropTable(
                name: "NotificationCounts");
        }
    }
}
