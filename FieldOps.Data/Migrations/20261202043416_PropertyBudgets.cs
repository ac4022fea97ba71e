using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class PropertyBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month",
                table: "BudgetAlerts");

            migrationBuilder.AddColumn<decimal>(
                name: "MonthlyBudget",
                table: "Properties",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "BudgetAlerts",
                type: "TEXT",
                maxLength: 36,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Properties_MonthlyBudget",
                table: "Properties",
                sql: "\"MonthlyBudget\" IS NULL OR CAST(\"MonthlyBudget\" AS REAL) >= 0");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month_Scope",
                table: "BudgetAlerts",
                columns: new[] { "OrganizationId", "LandlordUserId", "Month", "Scope" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Properties_MonthlyBudget",
                table: "Properties");

            migrationBuilder.DropIndex(
                name: "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month_Scope",
                table: "BudgetAlerts");

            migrationBuilder.DropColumn(
                name: "MonthlyBudget",
                table: "Properties");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "BudgetAlerts");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetAlerts_OrganizationId_LandlordUserId_Month",
                table: "BudgetAlerts",
                columns: new[] { "OrganizationId", "LandlordUserId", "Month" },
                unique: true);
        }
    }
}
