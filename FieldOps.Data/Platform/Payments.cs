namespace FieldOps.Data.Platform;

/// <summary>How money changed hands, the same for invoices, vouchers and every module after them.</summary>
public enum PaymentMethod
{
    Cash,
    Mpesa,
    BankTransfer,
    Cheque,
    Card,
}

/// <summary>A payment's facts: the day it was made, how, and the reference that proves it. Anything but cash needs a
/// reference (the M-PESA code, the transfer or cheque number, the card slip).</summary>
public readonly record struct Payment(DateOnly PaidOn, PaymentMethod Method, string? Reference)
{
    public const string ReferenceMissing = "Enter the payment reference (M-PESA code, transfer, cheque or card slip number).";

    /// <summary>Whether <paramref name="method"/> needs a reference.</summary>
    public static bool NeedsReference(PaymentMethod? method) => method is not null and not PaymentMethod.Cash;

    /// <summary>The payment, its reference trimmed; 422 when a non-cash payment has none.</summary>
    public static Payment Of(DateOnly paidOn, PaymentMethod method, string? reference)
    {
        if (NeedsReference(method) && string.IsNullOrWhiteSpace(reference))
        {
            throw new InputValidationException("reference", ReferenceMissing);
        }
        return new Payment(paidOn, method, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim());
    }

    /// <summary>"M-PESA", "bank transfer", "cash".</summary>
    public static string Words(PaymentMethod method) => method switch
    {
        PaymentMethod.Mpesa => "M-PESA",
        PaymentMethod.BankTransfer => "bank transfer",
        _ => method.ToString().ToLowerInvariant(),
    };

    /// <summary>"Paid 3 Dec 2026 by M-PESA, reference QK12345678".</summary>
    public string Describe() =>
        $"{PaidOn:d MMM yyyy} by {Words(Method)}{(Reference is null ? "" : $", reference {Reference}")}";
}

/// <summary>A decision on a record (approval, rejection, review): who, when, and the note or reason given.</summary>
public readonly record struct Decision(string ByName, DateTime At, string? Note)
{
    public static Decision Of(string byName, DateTime at, string? note) =>
        new(byName, at, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
}
