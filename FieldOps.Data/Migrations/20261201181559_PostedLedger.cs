using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class PostedLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "AdvancesAfter",
                table: "LedgerEntries",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "BalanceAfter",
                table: "LedgerEntries",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "CreditsAfter",
                table: "LedgerEntries",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "DeductionsAfter",
                table: "LedgerEntries",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "ExpensesAfter",
                table: "LedgerEntries",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "LedgerEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Entries posted before: numbered and totalled in the order they were listed (date, then time recorded).
            migrationBuilder.Sql("""
                UPDATE "LedgerEntries" SET "Sequence" = posted.seq, "CreditsAfter" = posted.credits, "DeductionsAfter" = posted.deductions,
                    "AdvancesAfter" = posted.advances, "ExpensesAfter" = posted.expenses, "BalanceAfter" = posted.credits - posted.deductions - posted.advances
                FROM (
                    SELECT "Id", ROW_NUMBER() OVER w AS seq,
                        ROUND(SUM(CASE WHEN "EntryType" = 'Payment' THEN "Amount" ELSE 0 END) OVER w, 4) AS credits,
                        ROUND(SUM(CASE WHEN "EntryType" = 'Deduction' THEN "Amount" ELSE 0 END) OVER w, 4) AS deductions,
                        ROUND(SUM(CASE WHEN "EntryType" = 'Advance' THEN "Amount" ELSE 0 END) OVER w, 4) AS advances,
                        ROUND(SUM(CASE WHEN "EntryType" = 'Expense' THEN "Amount" ELSE 0 END) OVER w, 4) AS expenses
                    FROM "LedgerEntries"
                    WINDOW w AS (PARTITION BY "PartyType", "PartyId" ORDER BY "EntryDate", "CreatedAt", "Id"
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                ) AS posted
                WHERE "LedgerEntries"."Id" = posted."Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_PartyType_PartyId_Sequence",
                table: "LedgerEntries",
                columns: new[] { "PartyType", "PartyId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_PartyType_PartyId_Sequence",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "AdvancesAfter",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "BalanceAfter",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "CreditsAfter",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "DeductionsAfter",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "ExpensesAfter",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "LedgerEntries");
        }
    }
}
