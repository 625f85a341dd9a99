extension Templates {
    /// Inline spans of the current context's `spans`, on one line so no white space slips between them.
    static let spans = #"""
{{#spans}}{{#link}}<a href="{{link}}" rel="nofollow noopener">{{/link}}{{#strong}}<strong>{{/strong}}{{#emphasis}}<em>{{/emphasis}}{{#code}}<code>{{/code}}{{text}}{{#code}}</code>{{/code}}{{#emphasis}}</em>{{/emphasis}}{{#strong}}</strong>{{/strong}}{{#link}}</a>{{/link}}{{/spans}}
"""#

    /// A document body: the context's `blocks`.
    static let blocks = #"""
{{#blocks}}
{{#sourceMark}}<p class="source-page">{{#href}}<a href="{{href}}" rel="nofollow">{{label}}</a>{{/href}}{{^href}}{{label}}{{/href}}</p>{{/sourceMark}}
{{#heading}}<h{{level}}{{#anchor}} id="{{anchor}}"{{/anchor}}>{{> spans}}</h{{level}}>{{/heading}}
{{#paragraph}}<p{{#anchor}} id="{{anchor}}"{{/anchor}}{{#numberedHeading}} class="numbered-heading"{{/numberedHeading}}>{{> spans}}</p>{{/paragraph}}
{{#list}}{{#ordered}}<ol{{#anchor}} id="{{anchor}}"{{/anchor}}>{{/ordered}}{{^ordered}}<ul{{#anchor}} id="{{anchor}}"{{/anchor}}>{{/ordered}}{{#items}}<li id="{{anchor}}" class="depth-{{depth}}">{{> spans}}</li>{{/items}}{{#ordered}}</ol>{{/ordered}}{{^ordered}}</ul>{{/ordered}}{{/list}}
{{#quote}}<blockquote{{#anchor}} id="{{anchor}}"{{/anchor}}><p>{{> spans}}</p></blockquote>{{/quote}}
{{#code}}<pre{{#anchor}} id="{{anchor}}"{{/anchor}}><code{{#language}} data-lang="{{language}}"{{/language}}>{{text}}</code></pre>{{/code}}
{{#table}}<div class="table-scroll"{{#anchor}} id="{{anchor}}"{{/anchor}}><table>{{#hasHeader}}<thead>{{#header}}<tr>{{#cells}}<th>{{> spans}}</th>{{/cells}}</tr>{{/header}}</thead>{{/hasHeader}}<tbody>{{#rows}}<tr>{{#cells}}<td>{{> spans}}</td>{{/cells}}</tr>{{/rows}}</tbody></table></div>{{/table}}
{{/blocks}}
"""#
}
