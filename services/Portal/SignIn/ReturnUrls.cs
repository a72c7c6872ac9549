namespace CarbonPlatform.Portal.SignIn;

/// <summary>
/// Where sign-in and the language switch may send a person back to: a path of this site, or home. Pure. Browsers strip
/// tabs and newlines and read a backslash as a slash, so "/\t/evil.example" is "//evil.example" to them: anything but
/// the URL characters of RFC 3986 sends the person home, and so does an authority ("//", "/\").
/// </summary>
public static class ReturnUrls
{
    private const int MaxLength = 2048;
    private const string Punctuation = "-._~!$&'()*+,;=:@/?#%";

    public static string LocalOrHome(string? url)
    {
        if (url is not { Length: > 0 and <= MaxLength } || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\')) return "/";
        return url.All(c => char.IsAsciiLetterOrDigit(c) || Punctuation.Contains(c)) ? url : "/";
    }
}
