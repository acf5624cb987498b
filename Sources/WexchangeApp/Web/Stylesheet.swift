/// The site's one stylesheet, served from `/assets/site.css` (pages allow no inline styles).
/// Colours meet WCAG AA contrast; focus is always visible.
enum Stylesheet {
    static let css = """
        :root { --text: #0b0c0c; --muted: #484949; --link: #1d4ed8; --focus: #ffdd00; --border: #6f777b; --error: #b3261e; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: #fff; line-height: 1.5; }
        a { color: var(--link); }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--text); }
        .skip-link { position: absolute; left: -9999px; }
        .skip-link:focus { position: static; display: block; padding: .5rem; background: var(--focus); color: var(--text); }
        .site-header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .75rem 1rem; background: #0b0c0c; }
        .site-header a { color: #fff; }
        .site-header .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
        .site-header ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
        .tasks { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
        .tasks .card { margin: 0; }
        .tasks h2 { margin-top: 0; font-size: 1.25rem; }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
        .site-footer { border-top: 1px solid var(--border); padding: 1rem; color: var(--muted); }
        .footer-links { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; list-style: none; margin: 0 0 .5rem; padding: 0; }
        .phase-banner { flex-basis: 100%; color: #fff; border-top: 1px solid #505a5f; padding-top: .5rem; }
        .phase-banner p { margin: 0; }
        .phase-tag { display: inline-block; padding: .1rem .5rem; margin-right: .5rem; background: #1d70b8; color: #fff; text-transform: uppercase; letter-spacing: .05em; font-size: .9rem; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); border: 0; white-space: nowrap; }
        .summary-list { margin: 0 0 1.5rem; }
        .summary-list-row { border-bottom: 1px solid var(--border); padding: .5rem 0; }
        .summary-list-row dt { font-weight: 700; }
        .summary-list-row dd { margin: 0; }
        .summary-list-row dd p { margin: .25rem 0; }
        @media (min-width: 40rem) { .summary-list-row { display: flex; gap: 1rem; } .summary-list-row dt { flex: 0 0 30%; } .summary-list-row dd { flex: 1; } }
        .summary-list-row.changed { border-left: 5px solid #1d70b8; padding-left: .75rem; background: #f3f8fc; }
        .summary-card { border: 1px solid var(--border); margin: 0 0 1.5rem; }
        .summary-card-title { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: .5rem; padding: .5rem 1rem; background: #f3f2f1; border-bottom: 1px solid var(--border); }
        .summary-card-title h2 { margin: 0; font-size: 1.2rem; }
        .summary-card .summary-list { margin: 0; padding: 0 1rem; }
        .summary-card .summary-list-row:last-child { border-bottom: 0; }
        .summary-card .link-button { color: var(--link); font-size: 1rem; }
        .tag { display: inline-block; margin-left: .5rem; padding: 0 .4rem; background: #1d70b8; color: #fff; font-size: .85rem; }
        .tag.closed { margin-left: 0; background: #505a5f; }
        .was { color: var(--muted); }
        .preview { border: 2px dashed var(--border); padding: 0 1rem 1rem; margin-bottom: 1.5rem; }
        .warning-banner { border: 4px solid #b58800; background: #fff7bf; padding: 0 1rem; margin: 1rem 0; }
        .warning-banner h2 { font-size: 1.2rem; }
        .date-input { display: flex; gap: 1rem; }
        .date-input-item label { display: block; font-weight: 400; }
        .date-input input.width-2 { width: 3.5rem; } .date-input input.width-4 { width: 5.5rem; }
        .field input[size="4"] { width: 6rem; } .field input[size="10"] { width: 9rem; }
        fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
        legend { font-weight: 600; }
        .reveal { margin: 0 0 1rem; }
        .reveal summary { cursor: pointer; color: var(--link); text-decoration: underline; padding: .25rem 0; }
        .reveal[open] summary { margin-bottom: .75rem; }
        .session { border-left: 4px solid #b1b4b6; padding-left: .75rem; margin-bottom: .75rem; }
        .conditional { display: none; border-left: 4px solid #b1b4b6; padding-left: .75rem; }
        #send_adjustments:has(#send_adjustments-other:checked) + .conditional, .conditional-shown { display: block; }
        .notification-banner { border: 5px solid #1d70b8; margin: 1rem 0; }
        .notification-banner.notification-success { border-color: #00703c; }
        .notification-title { margin: 0; padding: .25rem .75rem; background: #1d70b8; color: #fff; font-size: 1rem; }
        .notification-success .notification-title { background: #00703c; }
        .notification-content { padding: .5rem .75rem; }
        .notification-heading { font-weight: 700; font-size: 1.15rem; margin: 0 0 .25rem; }
        .design-example { border-top: 2px solid var(--border); margin-top: 2rem; }
        .search-layout { display: grid; gap: 1.5rem; }
        @media (min-width: 48rem) { .search-layout { grid-template-columns: 19rem minmax(0, 1fr); align-items: start; } }
        .search-form { display: flex; flex-direction: column; gap: .75rem; }
        .search-form > button { align-self: flex-start; }
        .filters { border-top: 2px solid var(--border); padding-top: .5rem; }
        .filters summary { font-weight: 700; cursor: pointer; padding: .25rem 0; color: var(--link); text-decoration: underline; }
        .filters[open] { display: flex; flex-direction: column; gap: .75rem; }
        .search-results h2 { margin-top: 0; }
        .sort { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-bottom: 1rem; }
        .sort select { width: auto; }
        .field label { display: block; font-weight: 600; }
        .field.checkbox { display: flex; gap: .5rem; align-items: center; }
        .field.checkbox label { font-weight: 400; }
        .radios-inline { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
        .radios-inline .field.checkbox { margin: 0; }
        .radios-inline input { width: 1.75rem; height: 1.75rem; }
        .chart { margin: 0 0 1.5rem; max-width: 40rem; }
        .chart svg { width: 100%; height: auto; display: block; }
        .chart text { font-size: 14px; fill: var(--text); }
        .chart .chart-group { font-weight: 700; }
        .chart-bar.bar-1 { fill: #1d70b8; }
        .chart-bar.bar-2 { fill: #6f72af; }
        .chart-bar.bar-3 { fill: #505a5f; }
        .chart figcaption { color: var(--muted); font-size: .95rem; }
        @media print { header, footer, nav, .no-print, .skip-link { display: none !important; } a { color: inherit; text-decoration: none; } }
        .code-cards { list-style: none; padding: 0; }
        .code-card { border: 2px dashed var(--border); padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
        .code-card h2 { margin-top: 0; }
        .inset { border-left: 6px solid #b1b4b6; padding-left: 1rem; margin: 0 0 1.5rem; }
        .hint { color: var(--muted); margin: 0 0 .25rem; font-size: .95rem; }
        input[type=text], input[type=search], input[type=date], select { width: 100%; padding: .4rem; border: 2px solid var(--text); font-size: 1rem; }
        button { padding: .5rem 1.25rem; font-size: 1rem; background: #00703c; color: #fff; border: 0; cursor: pointer; }
        .results { list-style: none; padding: 0; }
        .card { border: 1px solid var(--border); padding: 1rem; margin-bottom: 1rem; }
        .card h3 { margin-top: 0; }
        .provider { color: var(--muted); margin-top: 0; }
        .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .5rem 1rem; margin: 0; }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; }
        .badges { list-style: none; padding: 0; display: flex; gap: .5rem; flex-wrap: wrap; }
        .badge { border: 2px solid #00703c; color: #005a30; padding: .1rem .5rem; font-weight: 600; }
        .error-summary { border: 4px solid var(--error); padding: 1rem; margin-bottom: 1rem; }
        .error-summary a { color: var(--error); font-weight: 600; }
        .error-summary:focus { outline: 3px solid var(--focus); }
        .error-summary ul { list-style: none; padding: 0; margin: 0; }
        .field-error { border-left: 5px solid var(--error); padding-left: .75rem; }
        .error-message { color: var(--error); font-weight: 700; margin: 0 0 .25rem; }
        .field-error input, .field-error select, .field-error textarea { border-color: var(--error); }
        .pagination { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: 1.5rem 0; }
        .pagination ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
        .pagination li a { display: inline-block; min-width: 2.75rem; padding: .5rem; text-align: center; }
        .pagination .pagination-current { background: #1d70b8; color: #fff; font-weight: 700; }
        .pagination-gap { padding: .5rem; }
        .list-summary { color: var(--muted); }
        .list-search { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        .list-search .field { flex: 1 1 14rem; max-width: 30rem; }
        caption { text-align: left; font-weight: 700; padding: .5rem 0; }
        @media (max-width: 40rem) {
          .data-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          .data-table, .data-table tbody, .data-table tr, .data-table td { display: block; width: 100%; }
          .data-table tr { border-bottom: 2px solid var(--border); padding: .5rem 0; }
          .data-table td { border: 0; padding: .25rem 0; overflow-wrap: anywhere; }
          .data-table td::before { content: attr(data-label); display: block; font-weight: 700; }
          .data-table td:empty { display: none; }
          .site-header ul { flex-wrap: wrap; gap: .25rem 1rem; }
          h1 { font-size: 1.6rem; margin: .5rem 0; }
          .phase-banner { font-size: .9rem; }
          .account-area { margin-left: 0; flex-wrap: wrap; }
        }
        .lead { font-size: 1.2rem; }
        .account-area { margin-left: auto; display: flex; gap: 1rem; align-items: center; color: #fff; }
        .account-area form { margin: 0; }
        .link-button { background: none; color: #fff; text-decoration: underline; padding: 0; }
        input[type=email], input[type=password], textarea { width: 100%; max-width: 30rem; padding: .4rem; border: 2px solid var(--text); font-size: 1rem; }
        .stack > * + * { margin-top: 1rem; }
        .notice { border-left: 6px solid #1d70b8; padding: .5rem 1rem; background: #f3f2f1; }
        .status { font-weight: 600; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
        .secondary { background: #f3f2f1; color: var(--text); border: 2px solid var(--text); }
        .danger { background: var(--error); }
        """
}
