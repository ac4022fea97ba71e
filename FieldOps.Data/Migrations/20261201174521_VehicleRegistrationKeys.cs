using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FieldOps.Data.Migrations
{
    /// <inheritdoc />
    public partial class VehicleRegistrationKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vehicles_OrganizationId_RegistrationNumber",
                table: "Vehicles");

            migrationBuilder.AddColumn<string>(
                name: "RegistrationKey",
                table: "Vehicles",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Registrations were matched letter for letter, so "KDA 123A" and "KDA123A" became two vehicles. Give every
            // vehicle its key, move the jobs of duplicates to the first-recorded vehicle, and remove the duplicates.
            migrationBuilder.Sql("""
                UPDATE "Vehicles" SET "RegistrationKey" =
                    upper(replace(replace(replace(replace(replace("RegistrationNumber", ' ', ''), '-', ''), '.', ''), '/', ''), '_', ''));
                """);
            migrationBuilder.Sql("""
                UPDATE "Jobs" SET "VehicleId" = (
                    SELECT keeper."Id" FROM "Vehicles" v
                    JOIN "Vehicles" keeper ON keeper."OrganizationId" = v."OrganizationId" AND keeper."RegistrationKey" = v."RegistrationKey"
                    WHERE v."Id" = "Jobs"."VehicleId"
                    ORDER BY keeper."CreatedAt", keeper."Id" LIMIT 1);
                """);
            migrationBuilder.Sql("""
                DELETE FROM "Vehicles" WHERE "Id" <> (
                    SELECT keeper."Id" FROM "Vehicles" keeper
                    WHERE keeper."OrganizationId" = "Vehicles"."OrganizationId" AND keeper."RegistrationKey" = "Vehicles"."RegistrationKey"
                    ORDER BY keeper."CreatedAt", keeper."Id" LIMIT 1);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_OrganizationId_RegistrationKey",
                table: "Vehicles",
                columns: new[] { "OrganizationId", "RegistrationKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_OrganizationId_RegistrationNumber",
                table: "Vehicles",
                columns: new[] { "OrganizationId", "RegistrationNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vehicles_OrganizationId_RegistrationKey",
                table: "Vehicles");

            migrationBuilder.DropIndex(
                name: "IX_Vehicles_OrganizationId_RegistrationNumber",
                table: "Vehicles");

            migrationBuilder.DropColumn(
                name: "RegistrationKey",
                table: "Vehicles");

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_OrganizationId_RegistrationNumber",
                table: "Vehicles",
                columns: new[] { "OrganizationId", "RegistrationNumber" },
                unique: true);
        }
    }
}
