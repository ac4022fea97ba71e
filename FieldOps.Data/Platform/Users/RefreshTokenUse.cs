namespace FieldOps.Data.Platform.Users;

/// <summary>
/// A refresh token that has been exchanged for new tokens. A refresh token works once: presenting it again means it
/// was copied, so the account's tokens are all revoked. Only a hash of the token is kept.
/// </summary>
public sealed class RefreshTokenUse : Entity
{
    private RefreshTokenUse()
    {
    }

    public RefreshTokenUse(string tokenHash, string userId, DateTime usedAt, DateTime expiresAt)
    {
        TokenHash = tokenHash;
        UserId = userId;
        UsedAt = usedAt;
        ExpiresAt = expiresAt;
    }

    public string TokenHash { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public DateTime UsedAt { get; private set; }

    /// <summary>When the token would have expired anyway: after it, the record can go.</summary>
    public DateTime ExpiresAt { get; private set; }
}
