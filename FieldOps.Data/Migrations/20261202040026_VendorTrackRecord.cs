using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class VendorTrackRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ActualTotal",
                table: "Vendors",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "BudgetedTotal",
                table: "Vendors",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "OnTimeJobs",
                table: "Vendors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RecommendAnswered",
                table: "Vendors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RecommendYes",
                table: "Vendors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TimedJobs",
                table: "Vendors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The track record of work already verified or paid, as the app would have kept it.
            migrationBuilder.Sql("""
                UPDATE "Vendors" SET
                    "RecommendYes" = (SELECT COUNT(*) FROM "MaintenanceRatings" r WHERE r."VendorId" = "Vendors"."Id" AND r."WouldRecommend" = 1),
                    "RecommendAnswered" = (SELECT COUNT(*) FROM "MaintenanceRatings" r WHERE r."VendorId" = "Vendors"."Id" AND r."WouldRecommend" IS NOT NULL),
                    "TimedJobs" = (SELECT COUNT(*) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed') AND q."StartedAt" IS NOT NULL),
                    "OnTimeJobs" = (SELECT COUNT(*) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed')
                        AND q."StartedAt" IS NOT NULL AND q."StartedAt" <= q."OnSiteDueAt"),
                    "BudgetedTotal" = (SELECT COALESCE(SUM(CAST(q."ApprovedBudget" AS REAL)), 0) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed')
                        AND q."ActualCost" IS NOT NULL AND CAST(q."ApprovedBudget" AS REAL) > 0),
                    "ActualTotal" = (SELECT COALESCE(SUM(CAST(q."ActualCost" AS REAL)), 0) FROM "MaintenanceRequests" q WHERE q."VendorId" = "Vendors"."Id" AND (q."VerifiedAt" IS NOT NULL OR q."Status" = 'Closed')
                        AND q."ActualCost" IS NOT NULL AND CAST(q."ApprovedBudget" AS REAL) > 0)
                """);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Vendors_TrackRecord",
                table: "Vendors",
                sql: "\"RecommendYes\" >= 0 AND \"RecommendYes\" <= \"RecommendAnswered\" AND \"RecommendAnswered\" <= \"RatingCount\" AND \"OnTimeJobs\" >= 0 AND \"OnTimeJobs\" <= \"TimedJobs\" AND \"TimedJobs\" <= \"JobsCompleted\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Vendors_TrackRecord",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "ActualTotal",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "BudgetedTotal",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "OnTimeJobs",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "RecommendAnswered",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "RecommendYes",
                table: "Vendors");

            migrationBuilder.DropColumn(
                name: "TimedJobs",
                table: "Vendors");
        }
    }
}
