extension Templates {
    static let search = #"""
{{<layout}}{{$main}}
<section class="panel search-page">
<form class="search-form" action="/search" method="get" role="search">
<input type="search" name="q" value="{{query}}" placeholder="{{layout.t.searchPlaceholder}}" aria-label="{{layout.t.search}}" maxlength="2000"{{#autofocus}} autofocus{{/autofocus}}>
{{#hasCategories}}<select name="c" aria-label="{{layout.t.categories}}"><option value="">{{layout.t.allCategories}}</option>{{#categoryOptions}}<option value="{{slug}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/categoryOptions}}</select>{{/hasCategories}}
<button type="submit">{{layout.t.search}}</button>
</form>
{{#message}}<p class="search-message">{{message}}</p>{{/message}}
{{#countText}}<p class="search-count">{{countText}}</p>{{/countText}}
{{#hasResults}}<ol class="search-results">
{{#results}}<li>{{#thumbnail}}<img class="thumb" src="{{thumbnail}}" alt="" loading="lazy" width="60">{{/thumbnail}}<a class="doc-title" href="{{href}}">{{#title}}{{#isMatch}}<mark>{{text}}</mark>{{/isMatch}}{{^isMatch}}{{text}}{{/isMatch}}{{/title}}</a>
<p class="snippet">{{#cutBefore}}…{{/cutBefore}}{{#snippet}}{{#isMatch}}<mark>{{text}}</mark>{{/isMatch}}{{^isMatch}}{{text}}{{/isMatch}}{{/snippet}}{{#cutAfter}}…{{/cutAfter}}</p>
<p class="doc-meta">{{#category}}<a href="{{href}}">{{name}}</a>{{/category}}<time datetime="{{dateISO}}">{{date}}</time>{{#pageText}}<span>{{pageText}}</span>{{/pageText}}</p></li>
{{/results}}</ol>{{/hasResults}}
{{> pager}}
{{#tips}}<p class="search-tips">{{tips}}</p>{{/tips}}
</section>
{{/main}}{{/layout}}
"""#
}
