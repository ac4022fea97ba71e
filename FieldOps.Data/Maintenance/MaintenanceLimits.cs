namespace FieldOps.Data.Maintenance;

/// <summary>The length of every text the module stores, declared once: the columns, the validators and (through the
/// validators) the forms use these.</summary>
public static class MaintenanceLimits
{
    public const int Name = 160;
    public const int Code = 20;
    public const int Address = 300;
    public const int Area = 120;
    public const int UnitNumber = 20;
    public const int Phone = 30;
    public const int Email = 200;
    public const int Person = 120;
    public const int LegalId = 60;
    public const int LongText = 2000;
    public const int Title = 160;
    public const int Description = 4000;
    public const int Notes = 1000;
    public const int Availability = 500;
    public const int LineItem = 200;
    public const int Duration = 60;
    public const int Receipt = 60;
    public const int Message = 2000;
    public const int MaxPhotos = 6;
    public const int MaxLines = 50;

    /// <summary>Star ratings run from 1 to 5.</summary>
    public const int MinRating = 1;
    public const int MaxRating = 5;
}
