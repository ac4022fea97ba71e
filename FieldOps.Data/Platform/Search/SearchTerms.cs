using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.Search;

/// <summary>
/// Word-prefix search that reads an index instead of scanning: "wanj" finds "Wanjiku Kamau", "kda 12" finds
/// "KDA 123A", "0042" and "42" find "JOB-2026-0042". Each searchable text contributes its words and, from each word,
/// the rest of the text run together, normalized; a number also without its leading zeros.
/// </summary>
public static class SearchTerms
{
    /// <summary>The column's length; longer words are cut, which still finds them by any shorter prefix.</summary>
    public const int MaxLength = 40;

    public static string Normalize(string text)
    {
        var key = string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();
        return key.Length > MaxLength ? key[..MaxLength] : key;
    }

    /// <summary>Every term the given texts can be found by.</summary>
    public static IReadOnlySet<string> Of(params string?[] texts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var words = Words(text!).Select(Normalize).Where(w => w.Length > 0).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                // The words from this one to the end, run together: "nduta-k" and "wairimu nduta" find
                // "Wairimu Nduta-Kimani", "kda 12" finds "KDA 123A".
                terms.Add(Normalize(string.Concat(words.Skip(i))));
                terms.Add(words[i]);
                if (words[i].All(char.IsAsciiDigit))
                {
                    terms.Add(words[i].TrimStart('0'));
                }
            }
        }
        terms.Remove("");
        return terms;
    }

    /// <summary>The ids of the records with a term that starts with <paramref name="search"/>, as a subquery (a range
    /// read of the (organization, term) index). A search with no letters or digits matches nothing.</summary>
    public static IQueryable<Guid> Matching(FieldOpsDbContext db, string search)
    {
        var (from, to) = Range(search);
        return db.Set<SearchTerm>().Where(t => string.Compare(t.Term, from) >= 0 && string.Compare(t.Term, to) < 0).Select(t => t.RecordId);
    }

    /// <summary>The terms that start with the search: from the normalized search up to, not including, the next
    /// string of its length ("KDA" to "KDB"). A search with no letters or digits is an empty range.</summary>
    public static (string From, string To) Range(string search)
    {
        var from = Normalize(search);
        return from.Length == 0 ? ("", "") : (from, from[..^1] + (char)(from[^1] + 1));
    }

    /// <summary>Adds the terms of a record that has none yet (a new record), in the caller's unit of work.</summary>
    public static void AddFor(FieldOpsDbContext db, Guid recordId, IReadOnlySet<string> terms) =>
        db.AddRange(terms.Select(t => new SearchTerm(t, recordId)));

    /// <summary>Makes a record's stored terms exactly <paramref name="terms"/>, in the caller's unit of work.</summary>
    public static async Task ReplaceAsync(FieldOpsDbContext db, Guid recordId, IReadOnlySet<string> terms, CancellationToken cancellationToken)
    {
        var stored = await db.Set<SearchTerm>().Where(t => t.RecordId == recordId).ToListAsync(cancellationToken);
        db.RemoveRange(stored.Where(t => !terms.Contains(t.Term)));
        var kept = stored.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        db.AddRange(terms.Where(t => !kept.Contains(t)).Select(t => new SearchTerm(t, recordId)));
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetterOrDigit(text[i]))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }
                start = i + 1;
            }
        }
    }
}
