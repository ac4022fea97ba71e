using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>A customer's vehicle. The registration number identifies it within the garage.</summary>
public sealed class Vehicle : OrganizationEntity
{
    private Vehicle()
    {
    }

    public Vehicle(string registrationNumber, string ownerName)
    {
        RegistrationNumber = NormalizeRegistration(registrationNumber);
        RegistrationKey = RegistrationKeyOf(registrationNumber);
        OwnerName = ownerName.Trim();
    }

    /// <summary>The registration as first written (upper case, single spaces): "KDA 123A".</summary>
    public string RegistrationNumber { get; private set; } = "";

    /// <summary>The registration as the garage finds it again: letters and digits only, so "KDA 123A", "KDA123A",
    /// "kda-123a" are one vehicle. Unique within the organization.</summary>
    public string RegistrationKey { get; private set; } = "";
    public string? Vin { get; private set; }
    public string OwnerName { get; private set; } = "";
    public string? OwnerPhone { get; private set; }
    public string? OwnerEmail { get; private set; }
    public string? Make { get; private set; }
    public string? Model { get; private set; }
    public int? Year { get; private set; }
    public int? Mileage { get; private set; }

    public string Description => string.Join(" ", new[] { Make, Model, Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>What the vehicle is found by in the jobs search: its registration and its owner's name.</summary>
    public IReadOnlySet<string> SearchTerms => SearchTermsOf(RegistrationNumber, OwnerName);

    public static IReadOnlySet<string> SearchTermsOf(string registrationNumber, string ownerName) =>
        Platform.Search.SearchTerms.Of(registrationNumber, ownerName);

    /// <summary>Updates what the owner told us at intake. Blank values keep what is on file.</summary>
    public void UpdateDetails(string? ownerName, string? ownerPhone, string? ownerEmail, string? vin, string? make, string? model, int? year, int? mileage)
    {
        OwnerName = Keep(ownerName, OwnerName)!;
        OwnerPhone = Keep(ownerPhone, OwnerPhone);
        OwnerEmail = Keep(ownerEmail, OwnerEmail);
        Vin = Keep(vin?.ToUpperInvariant(), Vin);
        Make = Keep(make, Make);
        Model = Keep(model, Model);
        Year = year ?? Year;
        if (mileage is not null)
        {
            Mileage = mileage;
        }
    }

    /// <summary>"kda 123a" and "KDA  123A" are the same vehicle: upper case, single spaces.</summary>
    /// <summary>The key a registration is found by: "kda-123 a" → "KDA123A".</summary>
    public static string RegistrationKeyOf(string registration) =>
        string.Concat(registration.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    public static string NormalizeRegistration(string registration) =>
        string.Join(' ', registration.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string? Keep(string? value, string? current) => string.IsNullOrWhiteSpace(value) ? current : value.Trim();
}
