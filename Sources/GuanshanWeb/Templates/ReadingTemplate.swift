extension Templates {
    /// A page of a document, or the whole document with its contents (docs/reading-page.md).
    static let reading = #"""
{{<layout}}{{$main}}
<nav class="breadcrumbs" aria-label="breadcrumbs"><a href="/">{{layout.t.home}}</a>{{#category}}<span aria-hidden="true">›</span><a href="{{href}}">{{name}}</a>{{/category}}<span aria-hidden="true">›</span><span>{{title}}</span></nav>
<article class="document">
<header class="document-head">
<h1>{{title}}{{#pageMarker}}<span class="page-marker">{{pageMarker}}</span>{{/pageMarker}}</h1>
<div class="byline"><span class="sharer">{{sharer}}</span> <span>{{layout.t.shared}}</span> <span class="time">{{layout.t.time}}<time datetime="{{timeISO}}">{{time}}</time></span> {{#favorite}}<form class="inline favorite" action="{{action}}" method="post">{{> csrf}}<input type="hidden" name="on" value="{{#isFavorite}}0{{/isFavorite}}{{^isFavorite}}1{{/isFavorite}}"><input type="hidden" name="next" value="{{next}}"><button type="submit" class="link"{{#isFavorite}} aria-pressed="true" title="{{layout.t.account.removeFavorite}}"{{/isFavorite}}>{{#isFavorite}}{{layout.t.account.favoriteAdded}}{{/isFavorite}}{{^isFavorite}}{{layout.t.addFavorite}}{{/isFavorite}}</button></form>{{/favorite}}{{^favorite}}<a class="favorite" href="{{layout.loginHref}}" rel="nofollow" title="{{layout.t.account.signInToFavorite}}">{{layout.t.addFavorite}}</a>{{/favorite}}</div>
{{#continueReading}}<p class="continue"><a href="{{href}}">{{label}}</a></p>{{/continueReading}}
<p class="count-line">{{countLine}}{{#previewHref}} <a class="preview-link" href="{{previewHref}}">{{layout.t.preview}}</a>{{/previewHref}}</p>
{{#styleForm}}<details class="reading-style"><summary>{{layout.t.style.title}}</summary><form action="/reading-style" method="get">
{{#groups}}<fieldset><legend>{{legend}}</legend>{{#choices}}<label class="choice"><input type="radio" name="{{name}}" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/choices}}</fieldset>
{{/groups}}<input type="hidden" name="next" value="{{next}}"><button type="submit">{{layout.t.style.apply}}</button></form></details>{{/styleForm}}
</header>
{{#layout.furniture.adverts.title}}{{> advert}}{{/layout.furniture.adverts.title}}
{{^empty(outline)}}
<details class="outline"{{#isWhole}} open{{/isWhole}}>
<summary>{{layout.t.contents}}</summary>
<ol>{{#outline}}<li class="level-{{level}}"><a href="{{href}}">{{#number}}<span class="number">{{number}}</span>{{/number}}{{title}}</a></li>{{/outline}}</ol>
</details>
{{/empty(outline)}}
<div class="body">
{{{body}}}</div>
{{#layout.furniture.adverts.body}}{{> advert}}{{/layout.furniture.adverts.body}}
{{#pager}}
<nav class="page-nav" aria-label="{{layout.t.pagesLabel}}">
{{#previous}}<a class="prev" rel="prev" href="{{previous}}">{{layout.t.previousPage}}</a>{{/previous}}{{^previous}}<span class="prev disabled">{{layout.t.previousPage}}</span>{{/previous}}
{{#pages}}{{#gapBefore}}<span class="gap" aria-hidden="true">…</span>{{/gapBefore}}{{#current}}<span class="current" aria-current="page">{{number}}</span>{{/current}}{{^current}}<a href="{{href}}" aria-label="{{label}}">{{number}}</a>{{/current}}{{/pages}}
{{#next}}<a class="next" rel="next" href="{{next}}">{{layout.t.nextPage}}</a>{{/next}}{{^next}}<span class="next disabled">{{layout.t.nextPage}}</span>{{/next}}
<a class="whole" href="{{whole}}">{{layout.t.wholeDocument}}</a>
</nav>
{{/pager}}
{{#isWhole}}{{#pagedHref}}<nav class="page-nav"><a class="whole" href="{{pagedHref}}">{{layout.t.pagedReading}}</a></nav>{{/pagedHref}}{{/isWhole}}
<footer class="document-foot">
{{^empty(tags)}}<p class="tags"><span>{{layout.t.tags}}:</span>{{#tags}}<a href="{{href}}">{{name}}</a>{{/tags}}</p>{{/empty(tags)}}
<p class="downloads"><span>{{layout.t.download}}:</span>{{#downloads}}<a href="{{href}}" download rel="nofollow">{{name}}</a>{{/downloads}}{{#original}}<a class="original" href="{{href}}" rel="nofollow">{{name}}</a>{{/original}}<a class="report" href="{{reportHref}}" rel="nofollow">{{layout.t.sharing.report}}</a></p>
<p class="views">{{views}}</p>
{{#recognizedByOCR}}<p class="ocr-note">{{layout.t.recognizedByOCR}}</p>{{/recognizedByOCR}}
</footer>
{{#hasShareRow}}
<div class="share-row">
{{#promo}}<figure class="code promo"><img src="{{image}}" alt="{{layout.t.promoTitle}}"{{#isCode}} class="qr" width="132" height="132"{{/isCode}}><figcaption><strong>{{layout.t.promoTitle}}</strong>{{#caption}}<span>{{caption}}</span>{{/caption}}</figcaption></figure>{{/promo}}
{{#share}}<figure class="code share"><img class="qr" src="{{image}}" alt="{{layout.t.shareImageAlt}}" width="132" height="132"><figcaption><strong>{{layout.t.shareCaption}}</strong><a class="share-url" href="{{url}}">{{url}}</a></figcaption></figure>{{/share}}
{{#shareHint}}<p class="share-hint">{{layout.t.shareHint}} <a href="{{shareHint}}">{{layout.t.shareHintLink}}</a></p>{{/shareHint}}
</div>
{{/hasShareRow}}
</article>
{{#comments}}{{> comments}}{{/comments}}
{{^empty(related)}}
<aside class="related" aria-labelledby="related-heading">
<h2 id="related-heading">{{layout.t.related}}</h2>
<ol class="doc-list">{{#related}}{{#document}}<li>{{#thumbnail}}<img class="thumb" src="{{thumbnail}}" alt="" loading="lazy" width="60">{{/thumbnail}}<a class="doc-title" href="{{href}}">{{title}}</a>{{#excerpt}}<p class="excerpt">{{excerpt}}</p>{{/excerpt}}<p class="doc-meta"><time datetime="{{dateISO}}">{{date}}</time><span>{{meta}}</span>{{#category}}<a href="{{href}}">{{name}}</a>{{/category}}</p></li>{{/document}}{{/related}}</ol>
</aside>
{{/empty(related)}}
{{/main}}{{/layout}}
"""#
}

extension Templates {
    /// The first pages of a document's original as images, loaded lazily.
    static let preview = #"""
{{<layout}}{{$main}}
<nav class="breadcrumbs" aria-label="breadcrumbs"><a href="/">{{layout.t.home}}</a><span aria-hidden="true">›</span><a href="{{documentHref}}">{{title}}</a><span aria-hidden="true">›</span><span>{{layout.t.preview}}</span></nav>
<article class="document preview">
<header class="document-head"><h1>{{title}}</h1><p class="count-line"><a href="{{documentHref}}">{{layout.t.previewBack}}</a>{{#original}} <a class="original" href="{{href}}" rel="nofollow">{{name}}</a>{{/original}}</p></header>
{{#pages}}<figure class="preview-page" id="{{id}}"><img src="{{src}}" alt="{{alt}}" loading="lazy" width="900"><figcaption>{{alt}}</figcaption></figure>
{{/pages}}
{{#more}}<p class="preview-more">{{more}}</p>{{/more}}
</article>
{{/main}}{{/layout}}
"""#
}
