extension Templates {
    static let search = #"""
{{<layout}}{{$main}}
<section class="panel search-page">
<form class="search-form" action="/search" method="get" role="search">
<input type="search" name="q" value="{{query}}" placeholder="{{layout.t.searchPlaceholder}}" aria-label="{{layout.t.search}}" maxlength="2000"{{#autofocus}} autofocus{{/autofocus}}>
<button type="submit">{{layout.t.search}}</button>
{{#form}}{{#keepsSort}}<input type="hidden" name="sort" value="{{sort}}">{{/keepsSort}}
<details class="search-filters"{{#open}} open{{/open}}><summary>{{layout.t.searching.filters}}</summary>
<div class="filter-fields">
{{#hasCategories}}<label>{{layout.t.searching.category}} <select name="c"><option value="">{{layout.t.allCategories}}</option>{{#categoryOptions}}<option value="{{slug}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/categoryOptions}}</select></label>{{/hasCategories}}
<label>{{layout.t.searching.tag}} <input type="text" name="tag" value="{{tag}}" placeholder="{{layout.t.searching.tagPlaceholder}}" maxlength="200"></label>
<label>{{layout.t.searching.time}} <select name="time">{{#timeOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/timeOptions}}</select></label>
<label>{{layout.t.searching.from}} <input type="date" name="from" value="{{from}}" min="0001-01-01" max="9999-12-31"></label>
<label>{{layout.t.searching.to}} <input type="date" name="to" value="{{to}}" min="0001-01-01" max="9999-12-31"></label>
<label>{{layout.t.searching.length}} <select name="pages">{{#pageOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/pageOptions}}</select></label>
<button type="submit">{{layout.t.searching.apply}}</button>
</div>
</details>{{/form}}
</form>
{{#hasChips}}<ul class="filter-chips">{{#chips}}<li><a href="{{href}}" aria-label="{{label}}">{{text}} <span aria-hidden="true">×</span></a></li>{{/chips}}<li>{{#clearFilters}}<a class="clear-filters" href="{{href}}">{{text}}</a>{{/clearFilters}}</li></ul>{{/hasChips}}
{{#countText}}<p class="search-count">{{countText}}</p>{{/countText}}
{{#showsSort}}<nav class="search-sort" aria-label="{{sortLabel}}">{{sortLabel}}：{{#sortLinks}}<a href="{{href}}"{{#current}} aria-current="true"{{/current}}>{{text}}</a>{{/sortLinks}}</nav>{{/showsSort}}
{{#message}}<p class="search-message">{{message}}</p>{{/message}}
{{#hasSuggestion}}<p class="search-suggestion">{{didYouMean}}{{#suggestion}}<a href="{{href}}">{{text}}</a>{{/suggestion}}{{suggestionCount}}</p>{{/hasSuggestion}}
{{#offersDropFilters}}{{#dropFilters}}<p><a href="{{href}}">{{text}}</a></p>{{/dropFilters}}{{/offersDropFilters}}
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
