extension Templates {
    /// The frame of every page: masthead, the page's `main` block, footer.
    /// The hidden field with the form token (CSRF) that every form that changes something carries.
    static let csrf = #"""
<input type="hidden" name="_csrf" value="{{layout.formToken}}">
"""#

    /// An advert (`AdvertView`), labelled as one: an image with its link, or paragraphs of text whose
    /// spans are written as `spans` writes them, but for the links, marked as paid for.
    static let advert = #"""
<aside class="advert" aria-label="{{label}}"><span class="advert-label">{{label}}</span>{{#image}}<a href="{{link}}" rel="sponsored nofollow noopener" target="_blank"><img src="{{src}}" alt="{{label}}" loading="lazy"></a>{{/image}}{{#paragraphs}}<p>{{#spans}}{{#link}}<a href="{{link}}" rel="sponsored nofollow noopener">{{/link}}{{#strong}}<strong>{{/strong}}{{#emphasis}}<em>{{/emphasis}}{{#code}}<code>{{/code}}{{text}}{{#code}}</code>{{/code}}{{#emphasis}}</em>{{/emphasis}}{{#strong}}</strong>{{/strong}}{{#link}}</a>{{/link}}{{/spans}}</p>{{/paragraphs}}</aside>
"""#

    static let layout = #"""
<!doctype html>
<html lang="{{layout.t.htmlLang}}"{{#layout.htmlClass}} class="{{layout.htmlClass}}"{{/layout.htmlClass}}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{layout.title}}</title>
{{#layout.description}}<meta name="description" content="{{layout.description}}">{{/layout.description}}
{{#layout.canonical}}<link rel="canonical" href="{{layout.canonical}}">{{/layout.canonical}}
{{#layout.article}}
<meta property="og:type" content="article">
<meta property="og:title" content="{{title}}">
<meta property="og:description" content="{{description}}">
{{#url}}<meta property="og:url" content="{{url}}">{{/url}}
<meta property="og:site_name" content="{{siteName}}">
<script type="application/ld+json">{{{jsonLD}}}</script>
{{/layout.article}}
<link rel="stylesheet" href="{{layout.stylesheet}}">
{{#layout.feeds}}<link rel="alternate" type="{{type}}" title="{{title}}" href="{{href}}">
{{/layout.feeds}}</head>
<body>
<a class="skip-link" href="#main">{{layout.t.style.skipToContent}}</a>
<header class="masthead">
<div class="wrap masthead-row">
<p class="site-line"><span class="slogan">{{layout.site.slogan}}</span><span class="dashes"> — — </span><a class="brand" href="/">{{layout.site.name}}</a><span class="diamond">◆</span><span class="tagline">{{layout.site.tagline}}</span></p>
<form class="search-box" action="/search" method="get" role="search"><input type="search" name="q" value="{{layout.query}}" placeholder="{{layout.t.searchPlaceholder}}" aria-label="{{layout.t.search}}" maxlength="2000"><button type="submit">{{layout.t.search}}</button></form>
<nav class="account-bar" aria-label="{{layout.t.account.profile}}">{{#layout.account}}<a class="account-name" href="{{profile}}">{{name}}</a><a href="{{favorites}}">{{layout.t.account.favorites}}</a><a href="{{history}}">{{layout.t.account.history}}</a><a href="{{uploads}}">{{layout.t.sharing.myUploads}}</a>{{#unread}}<a class="unread" href="{{notifications}}">{{unread}}</a>{{/unread}}{{#admin}}<a href="{{admin}}">{{layout.t.account.admin}}</a>{{/admin}}<form class="inline" action="{{logout}}" method="post">{{> csrf}}<button type="submit" class="link">{{layout.t.account.logOut}}</button></form>{{/layout.account}}{{^layout.account}}<a href="{{layout.loginHref}}" rel="nofollow">{{layout.t.account.logIn}}</a>{{#layout.registerHref}}<a href="{{layout.registerHref}}" rel="nofollow">{{layout.t.account.register}}</a>{{/layout.registerHref}}{{/layout.account}}</nav>
<nav class="site-nav" aria-label="{{layout.t.categories}}"><a href="/">{{layout.t.home}}</a>{{#layout.categories}}<a href="{{href}}">{{name}}</a>{{/layout.categories}}</nav>
</div>
</header>
<main class="wrap" id="main" tabindex="-1">
{{#layout.furniture.adverts.top}}{{> advert}}{{/layout.furniture.adverts.top}}
{{$main}}{{/main}}
</main>
<footer class="site-footer"><div class="wrap"><span>{{layout.t.footer}}</span><a href="{{layout.languageSwitch}}" hreflang="{{layout.t.switchLanguageCode}}" rel="nofollow">{{layout.t.switchLanguage}}</a><a href="/copyright" rel="nofollow">{{layout.t.community.copyright}}</a>
{{#layout.furniture.friends}}<nav class="friend-links" aria-label="{{label}}"><span>{{label}}</span>{{#links}}<a href="{{href}}">{{text}}</a>{{/links}}</nav>{{/layout.furniture.friends}}
{{#layout.furniture.records}}<p class="records">{{#icp}}<a href="{{href}}" rel="noopener" target="_blank">{{text}}</a>{{/icp}}{{#police}}<a href="{{href}}" rel="noopener" target="_blank">{{text}}</a>{{/police}}</p>{{/layout.furniture.records}}
</div></footer>
{{#layout.furniture.analytics}}<script {{#bootstrap}}async {{/bootstrap}}{{^bootstrap}}defer {{/bootstrap}}src="{{src}}"{{#websiteID}} data-website-id="{{websiteID}}"{{/websiteID}}{{#domain}} data-domain="{{domain}}"{{/domain}}></script>{{#bootstrap}}<script src="{{bootstrap}}"></script>{{/bootstrap}}{{/layout.furniture.analytics}}
</body>
</html>
"""#
}
