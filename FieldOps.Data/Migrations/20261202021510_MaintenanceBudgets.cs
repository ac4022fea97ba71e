using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "BudgetAlertShare",
                table: "MaintenanceSettingses",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "MonthlyBudget",
                table: "MaintenanceSettingses",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "BudgetAlertShare",
                table: "LandlordSettingses",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BudgetAlerts",
                table: "LandlordSettingses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "MonthlyBudget",
                table: "LandlordSettingses",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BudgetAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LandlordUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetAlerts_OrganizationId",
                table: "BudgetAlerts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month",
                table: "BudgetAlerts",
                columns: new[] { "OrganizationId", "LandlordUserId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetAlerts");

            migrationBuilder.DropColumn(
                name: "BudgetAlertShare",
                table: "MaintenanceSettingses");

            migrationBuilder.DropColumn(
                name: "MonthlyBudget",
                table: "MaintenanceSettingses");

            migrationBuilder.DropColumn(
                name: "BudgetAlertShare",
                table: "LandlordSettingses");

            migrationBuilder.DropColumn(
                name: "BudgetAlerts",
                table: "LandlordSettingses");

            migrationBuilder.DropColumn(
                name: "MonthlyBudget",
                table: "LandlordSettingses");
        }
    }
}
