namespace FieldOps.Data.Platform.Search;

/// <summary>
/// One word a record can be found by, normalized (upper case, letters and digits only), in an index that leads with
/// the organization and the word. A search reads the words that start with what was typed, a range in that index,
/// instead of looking inside every row's text. <see cref="RecordId"/> is the id of the record the word belongs to.
/// </summary>
public sealed class SearchTerm : Entity, IOrganizationOwned
{
    private SearchTerm()
    {
    }

    /// <summary>A term of a record being saved by a signed-in user (the save fills in their organization), or of
    /// an existing record being indexed (<paramref name="organizationId"/> given).</summary>
    public SearchTerm(string term, Guid recordId, Guid organizationId = default)
    {
        OrganizationId = organizationId;
        Term = term;
        RecordId = recordId;
    }

    public Guid OrganizationId { get; private set; }
    public string Term { get; private set; } = "";
    public Guid RecordId { get; private set; }
}
