using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace CarbonPlatform.Identity.SignIn;

/// <summary>The login form: plain server-rendered HTML, no scripts or external assets. Chinese with English alongside, or English alone.</summary>
public static class LoginPage
{
    public const string ErrorChinese = "用户名或密码不正确。";
    public const string ErrorEnglish = "The user name or password is not correct.";

    public static IResult Render(HttpContext http, IAntiforgery antiforgery, string? returnUrl, bool english, bool failed, string? userName = null,
        int? waitSeconds = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        string T(string zh, string en) => english ? en : $"{zh} <span class=\"en\">{en}</span>";
        var e = HtmlEncoder.Default;
        var action = http.Request.PathBase + IdentityCookie.LoginPath;
        var switchTo = $"{action}?lang={(english ? "zh" : "en")}&ReturnUrl={Uri.EscapeDataString(returnUrl ?? "")}";
        var error = waitSeconds is { } wait
            ? $"<p id=\"sign-in-error\" class=\"throttled\" role=\"alert\">{T($"尝试次数过多，请 {wait} 秒后再试。", $"Too many attempts: try again in {wait} seconds.")}</p>"
            : failed ? $"<p id=\"sign-in-error\" role=\"alert\">{T(ErrorChinese, ErrorEnglish)}</p>" : "";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{(english ? "en" : "zh-CN")}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{(english ? "Sign in · CarbonPlatform" : "登录 · CarbonPlatform")}}</title>
            <style>
            body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;background:#f3f6f4;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
            main{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);width:min(22rem,90vw)}
            h1{font-size:1.3rem;margin:0 0 1.2rem;color:#1d5b3a}
            label{display:block;margin:.8rem 0 .3rem;font-size:.95rem}
            input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #b8c4bd;border-radius:4px;font-size:1rem}
            button{margin-top:1.2rem;width:100%;padding:.6rem;background:#1d5b3a;color:#fff;border:0;border-radius:4px;font-size:1rem;cursor:pointer}
            #sign-in-error{color:#a12020;background:#fdecec;padding:.6rem;border-radius:4px;font-size:.9rem}
            .en{color:#667;font-size:.85em}
            nav{margin-top:1rem;font-size:.85rem;text-align:right}
            </style>
            </head>
            <body>
            <main>
            <h1>{{T("登录 CarbonPlatform", "Sign in to CarbonPlatform")}}</h1>
            {{error}}
            <form method="post" action="{{e.Encode(action)}}">
            <input type="hidden" name="{{e.Encode(tokens.FormFieldName)}}" value="{{e.Encode(tokens.RequestToken ?? "")}}">
            <input type="hidden" name="ReturnUrl" value="{{e.Encode(returnUrl ?? "")}}">
            <input type="hidden" name="lang" value="{{(english ? "en" : "zh")}}">
            <label for="username">{{T("用户名", "User name")}}</label>
            <input type="text" id="username" name="username" autocomplete="username" required autofocus value="{{e.Encode(userName ?? "")}}">
            <label for="password">{{T("密码", "Password")}}</label>
            <input type="password" id="password" name="password" autocomplete="current-password" required>
            <button type="submit" id="sign-in">{{T("登录", "Sign in")}}</button>
            </form>
            <nav><a href="{{e.Encode(switchTo)}}">{{(english ? "中文" : "English")}}</a></nav>
            </main>
            </body>
            </html>
            """;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
        return Results.Content(html, "text/html; charset=utf-8",
            statusCode: waitSeconds is null ? null : StatusCodes.Status429TooManyRequests);
    }
}
