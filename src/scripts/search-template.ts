/**
 * How a search hit renders, in the Pagefind Component UI's template language, one design for
 * every hit: the note or meeting (title, date, series), then what matched in it, each a link to
 * its place with the matched words highlighted: a section (its excerpt starts with its heading),
 * an action item or decision (`Decision: …`, on its line); a hit with nothing more precise shows
 * its excerpt. `{{ }}` escapes; `{{+ +}}` is only used for Pagefind's excerpts, which escape the
 * indexed text and add `<mark>`.
 */
export const RESULT_TEMPLATE = `<li class="pf-result minutes-hit">
  <div class="pf-result-card"><div class="pf-result-content">
    <p class="pf-result-title"><a class="pf-result-link" href="{{ url | safeUrl }}">{{ meta.title }}</a></p>
    <p class="minutes-hit-meta">{{#if meta.date}}<span>{{ meta.date }}</span>{{/if}}{{#if meta.series}}<span>{{ meta.series }}</span>{{/if}}</p>
    {{#if sub_results}}{{:else}}{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}{{/if}}
  </div></div>
  {{#if sub_results}}<ul class="minutes-hit-items">{{#each sub_results as sub}}<li><a href="{{ sub.url | safeUrl }}">{{+ sub.excerpt +}}</a></li>{{/each}}</ul>{{/if}}
</li>`;

/** Shown while a hit's data loads: the default one has room for an image, which hits never have. */
const PLACEHOLDER_TEMPLATE = `<li class="pf-result" aria-hidden="true"><div class="pf-result-card"><div class="pf-result-content">
  <p class="pf-result-title pf-skeleton pf-skeleton-title"></p><p class="pf-result-excerpt pf-skeleton pf-skeleton-excerpt"></p>
</div></div></li>`;

/** The templates as `<pagefind-results>` reads them, from its children. */
export const resultTemplateTags = () =>
  `<script type="text/pagefind-template">${RESULT_TEMPLATE}</script><script type="text/pagefind-template" data-template="placeholder">${PLACEHOLDER_TEMPLATE}</script>`;
