/**
 * How a search hit renders, in the Pagefind Component UI's template language: a note or meeting
 * shows its title, date, series and excerpt; an action item or decision shows its own text
 * (highlighted) as the link, and the meeting it came from (whose title names the series). `{{ }}` escapes; `{{+ +}}` is only
 * used for Pagefind's excerpts, which escape the indexed text and add `<mark>`.
 */
export const RESULT_TEMPLATE = `<li class="pf-result minutes-hit">
  <div class="pf-result-card"><div class="pf-result-content">
    {{#if meta.item}}<p class="minutes-hit-kind">{{ meta.item }}{{#if meta.done}} · done{{/if}}</p>{{/if}}
    <p class="pf-result-title"><a class="pf-result-link" href="{{ url | safeUrl }}">{{#if meta.item}}{{+ excerpt +}}{{:else}}{{ meta.title }}{{/if}}</a></p>
    <p class="minutes-hit-meta">{{#if meta.item}}<span>{{ meta.meeting }}</span>{{/if}}{{#if meta.date}}<span>{{ meta.date }}</span>{{/if}}{{#if and(meta.series, not(meta.item))}}<span>{{ meta.series }}</span>{{/if}}</p>
    {{#if not(meta.item)}}{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}{{/if}}
  </div></div>
  {{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}
</li>`;

/** Shown while a hit's data loads: the default one has room for an image, which hits never have. */
const PLACEHOLDER_TEMPLATE = `<li class="pf-result" aria-hidden="true"><div class="pf-result-card"><div class="pf-result-content">
  <p class="pf-result-title pf-skeleton pf-skeleton-title"></p><p class="pf-result-excerpt pf-skeleton pf-skeleton-excerpt"></p>
</div></div></li>`;

/** The templates as `<pagefind-results>` reads them, from its children. */
export const resultTemplateTags = () =>
  `<script type="text/pagefind-template">${RESULT_TEMPLATE}</script><script type="text/pagefind-template" data-template="placeholder">${PLACEHOLDER_TEMPLATE}</script>`;
