using System.Globalization;
using System.Security.Claims;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

/// <summary>Small lookups every endpoint group shares.</summary>
internal static class People
{
    public static UserRecord? ByHandle(IAccountStore accounts, string handle) => accounts.FindByHandle(AccountRules.Normalise(handle));

    public static string? ViewerId(ClaimsPrincipal principal) => ShortVideoClaims.UserIdOf(principal);

    /// <summary>Whom the signed-in reader must not see (blocked either way); empty when signed out.</summary>
    public static IReadOnlySet<string> Hidden(IGraphStore graph, string? viewerId) =>
        viewerId is null ? new HashSet<string>() : graph.HiddenFrom(viewerId);

    public static string EdgeCursor(Edge edge) => Paging.Encode(edge.At, edge.Seq.ToString(CultureInfo.InvariantCulture));

    public static bool TryEdgeCursor(string? cursor, out Edge? edge)
    {
        edge = null;
        if (!Paging.TryDecode(cursor, out var position)) return false;
        if (position is not var (at, id)) return true;
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var seq)) return false;
        edge = new Edge(seq, at);
        return true;
    }
}
