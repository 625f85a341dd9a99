extension Templates {
    /// The context's `documents` as a list of title, sharer, date, count and reading time.
    static let documentList = #"""
<ol class="doc-list">
{{#documents}}<li>{{#thumbnail}}<img class="thumb" src="{{thumbnail}}" alt="" loading="lazy" width="60">{{/thumbnail}}<a class="doc-title" href="{{href}}">{{title}}</a><p class="doc-meta"><span>{{sharer}}</span><time datetime="{{dateISO}}">{{date}}</time><span>{{meta}}</span>{{#category}}<a href="{{href}}">{{name}}</a>{{/category}}{{#hasComments}}<span>{{commentCount}}</span>{{/hasComments}}</p></li>
{{/documents}}
</ol>
"""#

    /// Page links for a paged list: the context's `pager`.
    static let pager = #"""
{{#pager}}<nav class="page-nav" aria-label="{{layout.t.pagesLabel}}">
{{#previous}}<a class="prev" rel="prev" href="{{previous}}">{{layout.t.previousPage}}</a>{{/previous}}
{{#pages}}{{#gapBefore}}<span class="gap" aria-hidden="true">…</span>{{/gapBefore}}{{#current}}<span class="current" aria-current="page">{{number}}</span>{{/current}}{{^current}}<a href="{{href}}">{{number}}</a>{{/current}}{{/pages}}
{{#next}}<a class="next" rel="next" href="{{next}}">{{layout.t.nextPage}}</a>{{/next}}
</nav>{{/pager}}
"""#

    static let home = #"""
{{<layout}}{{$main}}
{{^hasDocuments}}<p class="empty">{{layout.t.emptyLibrary}}</p>{{#layout.furniture.adverts.list}}{{> advert}}{{/layout.furniture.adverts.list}}{{/hasDocuments}}
{{#hasDocuments}}
<div class="home-grid">
<div class="main-column">
{{#continueReading}}<section class="panel continue-list"><h2>{{heading}}</h2><ol class="rank-list">{{#items}}<li><a href="{{href}}">{{title}}</a><a class="count" href="{{href}}">{{label}}</a></li>{{/items}}</ol></section>{{/continueReading}}
<section class="panel newest"><h2>{{layout.t.newest}}</h2>{{#newest}}{{> documentList}}{{/newest}}</section>
</div>
<aside class="side">
{{#layout.furniture.adverts.list}}{{> advert}}{{/layout.furniture.adverts.list}}
<section class="panel"><h2>{{layout.t.categories}}</h2><ul class="category-list">{{#categories}}<li><a href="{{href}}">{{name}}</a><span class="count">{{count}}</span></li>{{/categories}}</ul></section>
<section class="panel most-read"><h2>{{layout.t.mostRead}}</h2><ol class="rank-list">{{#mostRead}}<li><a href="{{href}}">{{title}}</a><span class="count">{{views}}</span></li>{{/mostRead}}</ol></section>
</aside>
</div>
{{/hasDocuments}}
{{/main}}{{/layout}}
"""#

    /// A category or tag: heading, then one page of its documents.
    static let list = #"""
{{<layout}}{{$main}}
<nav class="breadcrumbs" aria-label="breadcrumbs"><a href="/">{{layout.t.home}}</a><span aria-hidden="true">›</span><span>{{kind}}</span></nav>
<section class="panel">
<h1 class="list-title">{{heading}}<span class="count">{{countText}}</span></h1>
{{> documentList}}
{{> pager}}
</section>
{{#layout.furniture.adverts.list}}{{> advert}}{{/layout.furniture.adverts.list}}
{{/main}}{{/layout}}
"""#

    static let error = #"""
{{<layout}}{{$main}}
<section class="panel error-page">
<h1>{{heading}}</h1>
<p>{{text}}</p>
<p><a href="/">{{layout.t.backHome}}</a></p>
</section>
{{/main}}{{/layout}}
"""#
}
