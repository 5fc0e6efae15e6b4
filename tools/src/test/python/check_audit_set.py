#!/usr/bin/env python3
"""Checks the hand-labelled evidence-claims audit set (issue 20, item 5).

Every span must lie on one line of its source, start where a sentence starts and end where one
ends; every enum must be in the allowed set; the split must follow the hash rule; a page's
quoted sentence must be the text at its offsets. Prints counts per split. Exits 1 on any error.

    python3 tools/src/test/python/check_audit_set.py [--texts ../shared/data/evidence-inference/txt]
"""
import argparse, collections, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
AUDIT = os.path.normpath(os.path.join(HERE, '../../main/resources/io/litstream/tools/audit'))
ENUMS = {
    'measure': {'HAMD', 'MADRS', 'BDI', 'PHQ9', 'CESD', 'EPDS', 'HADS', 'GDS', 'CGI', 'QIDS', 'RESPONSE',
                'REMISSION', 'RELAPSE', 'SUICIDALITY', 'ADVERSE_EVENTS', 'DROPOUT', 'OTHER'},
    'direction': {'BETTER', 'WORSE', 'NO_DIFFERENCE', None},
    'type': {'EFFICACY', 'SAFETY', 'MECHANISM', 'REGULATORY'},
    'polarity': {'SUPPORTS', 'REFUTES', 'NO_EFFECT', 'NEUTRAL'},
}
ARTICLE_ENUMS = {
    'evidence': {'PRECLINICAL', 'CLINICAL', 'REVIEW', 'REGULATORY', 'UNSPECIFIED'},
    'design': {'RCT', 'CROSSOVER', 'OPEN_LABEL', 'NON_RANDOMISED', 'META_ANALYSIS', 'SYSTEMATIC_REVIEW',
               'NARRATIVE_REVIEW', 'COHORT', 'CASE_SERIES', 'CASE_REPORT', 'ANIMAL', 'IN_VITRO', 'UNKNOWN'},
    'split': {'dev', 'test'},
}
# the polarity a finding takes from its type and direction unless the README's exceptions apply
def default_polarity(f):
    if f['type'] == 'SAFETY' and f['direction'] == 'NO_DIFFERENCE':
        return 'SUPPORTS'
    if f['type'] == 'REGULATORY':
        return f['polarity']
    return {'BETTER': 'SUPPORTS', 'WORSE': 'REFUTES', 'NO_DIFFERENCE': 'NO_EFFECT', None: 'NEUTRAL'}[f['direction']]

def split_of(key):
    return 'test' if int(hashlib.sha1(('audit:' + key).encode()).hexdigest(), 16) % 3 == 0 else 'dev'

class Checker:
    def __init__(self):
        self.errors, self.overrides = [], []

    def error(self, where, msg):
        self.errors.append(f'{where}: {msg}')

    def span(self, where, text, start, end, region):
        if not (0 <= start < end <= len(text)):
            self.error(where, f'span {start}-{end} outside the text ({len(text)} chars)')
            return
        s = text[start:end]
        if '\n' in s:
            self.error(where, f'span {start}-{end} crosses a line')
        if s != s.strip():
            self.error(where, f'span {start}-{end} has surrounding white space')
        before = text[:start].rstrip(' \t')
        if before and before[-1] not in '.!?:\n>"”)]' and not before.endswith('—'):
            self.error(where, f'span {start}-{end} starts mid-sentence: …{text[max(0, start - 20):start]!r}')
        if not re.search(r'[.!?:)"”\]]$', s) and not re.match(r'[ \t]*(\n|<|$)', text[end:]):
            self.error(where, f'span {start}-{end} ends mid-sentence: {text[end:end + 20]!r}…')
        if region and not (region[0] <= start and end <= region[1]):
            self.error(where, f'span {start}-{end} outside the labelled region {region}')

    def article(self, where, a, key, text, region, quoted):
        for field, allowed in ARTICLE_ENUMS.items():
            if a.get(field) not in allowed:
                self.error(where, f'{field}={a.get(field)!r}')
        if a['split'] != split_of(key):
            self.error(where, f'split {a["split"]} but the hash rule gives {split_of(key)}')
        if a.get('sampleSize') is not None and (not isinstance(a['sampleSize'], int) or a['sampleSize'] <= 0):
            self.error(where, f'sampleSize {a["sampleSize"]!r}')
        spans = set()
        for i, f in enumerate(a['findings']):
            w = f'{where} finding {i}'
            self.span(w, text, f['start'], f['end'], region)
            if quoted and f.get('sentence') != text[f['start']:f['end']]:
                self.error(w, 'quoted sentence differs from the text at its offsets')
            for field, allowed in ENUMS.items():
                if f.get(field) not in allowed:
                    self.error(w, f'{field}={f.get(field)!r}')
            for field in ('therapy', 'intervention', 'outcome'):
                if not f.get(field):
                    self.error(w, f'{field} missing')
            sig = f.get('significance', {})
            if not isinstance(sig.get('stated'), bool) or (set(sig) - {'stated', 'p', 'ci', 'effect'}):
                self.error(w, f'significance {sig}')
            sentence = re.sub(r'\s+', '', text[f['start']:f['end']])
            for value in (v for k, v in sig.items() if k in ('p', 'ci')):
                for number in re.findall(r'\d+(?:[.·]\d+)?', value):
                    if number not in sentence:
                        self.error(w, f'{number} of {value!r} is not in the sentence')
            if not sig.get('stated') and len(sig) > 1:
                self.error(w, 'significance not stated but a value given')
            if not isinstance(f.get('hedged'), bool) or not isinstance(f.get('main'), bool):
                self.error(w, 'hedged/main must be booleans')
            if f.get('polarity') in ENUMS['polarity'] and f.get('direction') in ENUMS['direction'] \
                    and f.get('type') in ENUMS['type'] and f['polarity'] != default_polarity(f):
                self.overrides.append(f'{w}: {f["type"]} {f["direction"]} -> {f["polarity"]}')
            spans.add((f['start'], f['end']))
        for j, nf in enumerate(a['nonFindings']):
            start, end = (nf['start'], nf['end']) if isinstance(nf, dict) else nf
            w = f'{where} non-finding {j}'
            self.span(w, text, start, end, region)
            if quoted and nf.get('sentence') != text[start:end]:
                self.error(w, 'quoted sentence differs from the text at its offsets')
            if (start, end) in spans:
                self.error(w, 'also labelled as a finding')

def tally(spread, a):
    spread['design:' + a['design']] += 1
    for f in a['findings']:
        spread[f'direction:{f["direction"]}'] += 1
        spread['measure:' + f['measure']] += 1
        spread[f'type/polarity:{f["type"]}/{f["polarity"]}'] += 1
        spread[f'hedged:{f["hedged"]}'] += 1

def abstract_region(text):
    starts = [m.start() for m in re.finditer(r'^\s*ABSTRACT\.', text, re.M)]
    body = re.search(r'^\s*BODY\.', text, re.M)
    return (starts[0], body.start() if body else len(text)) if starts else None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--texts', default=os.path.normpath(os.path.join(HERE, '../../../../../shared/data/evidence-inference/txt')))
    args = ap.parse_args()
    c = Checker()
    counts = collections.defaultdict(collections.Counter)
    spread = collections.Counter()
    with open(os.path.join(AUDIT, 'evidence-inference-abstracts.jsonl'), encoding='utf-8') as fh:
        seen = set()
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            a = json.loads(line)
            where = f'evidence-inference-abstracts.jsonl:{n} {a["pmc"]}'
            if a['pmc'] in seen:
                c.error(where, 'article listed twice')
            seen.add(a['pmc'])
            with open(os.path.join(args.texts, a['pmc'] + '.txt'), encoding='utf-8') as t:
                text = t.read()
            c.article(where, a, a['pmc'], text, abstract_region(text), quoted=False)
            tally(spread, a)
            k = counts['abstracts/' + a['split']]
            k['articles'] += 1; k['findings'] += len(a['findings'])
            k['main findings'] += sum(f['main'] for f in a['findings']); k['non-findings'] += len(a['nonFindings'])
    pages = os.path.join(AUDIT, 'web-pages.jsonl')
    with open(pages if os.path.exists(pages) else os.devnull, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            a = json.loads(line)
            where = f'web-pages.jsonl:{n} {a["page"]}'
            with open(os.path.join(AUDIT, a['page']), encoding='utf-8') as t:
                text = t.read()
            words = len(re.sub(r'<[^>]+>', ' ', text).split())
            if not 150 <= words <= 700:
                c.error(where, f'{words} words')
            c.article(where, a, a['page'], text, None, quoted=True)
            tally(spread, a)
            k = counts['pages/' + a['split']]
            k['pages'] += 1; k['findings'] += len(a['findings'])
            k['main findings'] += sum(f['main'] for f in a['findings']); k['non-findings'] += len(a['nonFindings'])
    for name in sorted(counts):
        print(f'{name:16s} ' + ', '.join(f'{v} {k}' for k, v in counts[name].items()))
    for prefix in ('design', 'direction', 'measure', 'type/polarity', 'hedged'):
        print(f'{prefix}: ' + ', '.join(f'{k.split(":", 1)[1]} {v}' for k, v in sorted(spread.items()) if k.startswith(prefix + ':')))
    print(f'{len(c.overrides)} polarities set by hand against the default (README: exceptions)')
    for o in c.overrides:
        print('  ' + o)
    for e in c.errors:
        print('ERROR ' + e, file=sys.stderr)
    sys.exit(1 if c.errors else 0)

if __name__ == '__main__':
    main()
