//! Letter texts: French and English formatting of amounts and dates, amounts in words, HTML escaping.
