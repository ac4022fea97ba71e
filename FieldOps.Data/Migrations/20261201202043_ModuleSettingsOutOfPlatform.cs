using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class ModuleSettingsOutOfPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Settings_AutoApprovalThreshold",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Settings_BudgetAlertShare",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Settings_MonthlyMaintenanceBudget",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Settings_QuoteThreshold",
                table: "Organizations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Settings_AutoApprovalThreshold",
                table: "Organizations",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Settings_BudgetAlertShare",
                table: "Organizations",
                type: "TEXT",
                precision: 9,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Settings_MonthlyMaintenanceBudget",
                table: "Organizations",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Settings_QuoteThreshold",
                table: "Organizations",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);
        }
    }
}
