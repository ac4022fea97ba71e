using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceRequestCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaintenanceRequestCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TenantUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    VendorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRequestCounts", x => new { x.OrganizationId, x.OwnerUserId, x.TenantUserId, x.AssigneeUserId, x.VendorUserId, x.Status });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestCounts_OrganizationId_AssigneeUserId",
                table: "MaintenanceRequestCounts",
                columns: new[] { "OrganizationId", "AssigneeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestCounts_OrganizationId_TenantUserId",
                table: "MaintenanceRequestCounts",
                columns: new[] { "OrganizationId", "TenantUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestCounts_OrganizationId_VendorUserId",
                table: "MaintenanceRequestCounts",
                columns: new[] { "OrganizationId", "VendorUserId" });

            // Triggers keep the counts from now on; the rebuild counts the requests an upgraded database already holds.
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.CreateMaintenanceTriggersSql(postgreSql: false));
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.MaintenanceRebuildSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FieldOps.Data.Platform.Summaries.SummaryCounts.DropMaintenanceTriggersSql(postgreSql: false));

            migrationBuilder.DropTable(
                name: "MaintenanceRequestCounts");
        }
    }
}
