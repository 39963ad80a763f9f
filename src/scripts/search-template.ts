/**
 * How a search hit renders, in the Pagefind Component UI's template language: a note or meeting
 * shows its title, date, series, excerpt and the headings that matched; the action items or
 * decisions of a meeting show the meeting, then each item that matched (its own text,
 * highlighted) as a link to its line, or the start of their text when the search has no words. `{{ }}` escapes; `{{+ +}}` is only used for Pagefind's
 * excerpts, which escape the indexed text and add `<mark>`.
 */
export const RESULT_TEMPLATE = `<li class="pf-result minutes-hit">
  <div class="pf-result-card"><div class="pf-result-content">
    {{#if meta.item}}<p class="minutes-hit-kind">{{ meta.item }}</p>{{/if}}
    <p class="pf-result-title"><a class="pf-result-link" href="{{ url | safeUrl }}">{{ meta.title }}</a></p>
    <p class="minutes-hit-meta">{{#if meta.date}}<span>{{ meta.date }}</span>{{/if}}{{#if meta.series}}<span>{{ meta.series }}</span>{{/if}}</p>
    {{#if meta.item}}{{:else}}{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}{{/if}}
  </div></div>
  {{#if meta.item}}{{#if sub_results}}<ul class="minutes-hit-items">{{#each sub_results as sub}}<li><a href="{{ sub.url | safeUrl }}">{{+ sub.excerpt +}}</a></li>{{/each}}</ul>{{:else}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
  {{:else}}{{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}{{/if}}
</li>`;

/** Shown while a hit's data loads: the default one has room for an image, which hits never have. */
const PLACEHOLDER_TEMPLATE = `<li class="pf-result" aria-hidden="true"><div class="pf-result-card"><div class="pf-result-content">
  <p class="pf-result-title pf-skeleton pf-skeleton-title"></p><p class="pf-result-excerpt pf-skeleton pf-skeleton-excerpt"></p>
</div></div></li>`;

/** The templates as `<pagefind-results>` reads them, from its children. */
export const resultTemplateTags = () =>
  `<script type="text/pagefind-template">${RESULT_TEMPLATE}</script><script type="text/pagefind-template" data-template="placeholder">${PLACEHOLDER_TEMPLATE}</script>`;
