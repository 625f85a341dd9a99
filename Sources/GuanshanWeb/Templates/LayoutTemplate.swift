extension Templates {
    /// The frame of every page: masthead, the page's `main` block, footer.
    static let layout = #"""
<!doctype html>
<html lang="{{layout.t.htmlLang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{layout.title}}</title>
{{#layout.description}}<meta name="description" content="{{layout.description}}">{{/layout.description}}
{{#layout.canonical}}<link rel="canonical" href="{{layout.canonical}}">{{/layout.canonical}}
<link rel="stylesheet" href="{{layout.stylesheet}}">
</head>
<body>
<header class="masthead">
<div class="wrap masthead-row">
<p class="site-line"><span class="slogan">{{layout.site.slogan}}</span><span class="dashes"> — — </span><a class="brand" href="/">{{layout.site.name}}</a><span class="diamond">◆</span><span class="tagline">{{layout.site.tagline}}</span></p>
<form class="search-box" action="/search" method="get" role="search"><input type="search" name="q" value="{{layout.query}}" placeholder="{{layout.t.searchPlaceholder}}" aria-label="{{layout.t.search}}" maxlength="2000"><button type="submit">{{layout.t.search}}</button></form>
<nav class="site-nav" aria-label="{{layout.t.categories}}"><a href="/">{{layout.t.home}}</a>{{#layout.categories}}<a href="{{href}}">{{name}}</a>{{/layout.categories}}</nav>
</div>
</header>
<main class="wrap">
{{$main}}{{/main}}
</main>
<footer class="site-footer"><div class="wrap"><span>{{layout.t.footer}}</span><a href="{{layout.languageSwitch}}" hreflang="{{layout.t.switchLanguageCode}}" rel="nofollow">{{layout.t.switchLanguage}}</a></div></footer>
</body>
</html>
"""#
}
