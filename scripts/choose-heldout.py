#!/usr/bin/env python3
"""Choose a blind held-out batch the way gold-dev was chosen, every earlier choice excluded.

usage: scripts/choose-heldout.py OUT_DIR SEED folder=n [folder=n ...] [--any]
  Every folder's qualifying ids (>= 2 quoted spans of 3+ words; with --any: every article) are
  sorted and shuffled with one random.seed(SEED) stream over gold-dev's seven folders in order.
  Excluded: the first 12 ids per folder of both orders (qualifying and --any) under gold-dev's seed 7 and under
  every seed listed in USED (the project's earlier held-out batches, quote and entity alike), and any id in a
  sibling batch's ids.tsv (OUT_DIR/../*/ids.tsv). Both orders, because batch folders live outside the repository
  and do not survive a new machine: the seeds must exclude an entity batch's picks on their own.
  Keep OUT_DIR outside the repository: the texts are not ours. Label by shared/data/gold-dev/README.md, then score with
  `./warta eval gold OUT_DIR`. Needs shared/ beside the checkout (or WARTA_SHARED).
  Writes OUT_DIR/articles/hNN.txt + .meta.json, and copies gold-dev's tools (verify.py, save.py).
"""
import json, os, random, shutil, sys, glob
SHARED = os.environ.get('WARTA_SHARED') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared')
GD = os.path.join(SHARED, 'data', 'gold-dev', 'tools')
sys.path.insert(0, GD)
import choose  # gold-dev's loaders and qualifying rule

USED = [7, 4242, 6161, 7373, 8484, 9191] + [1010 + 101 * k for k in range(19)] + \
       [20261126, 20261127, 20261128, 20261129, 20261130] + list(range(20261201, 20261212)) + [2929, 3030, 3131, 3232, 20261212, 20261213, 3333, 3434, 20261214, 20261215, 3535, 3636, 20261216, 20261217, 3737, 3838, 20261218, 20261219, 3939, 4040, 20261220, 20261221, 4141, 4343, 20261222, 20261223, 4444, 4545, 4646, 4747, 20261224, 20261225, 20261226, 20261227, 4848, 4949, 20261228, 20261229, 5050, 5151, 20261230] + \
       [int(s) for s in os.environ.get('WARTA_USED_SEEDS', '').split(',') if s]
FOLDERS = [f for f, _ in choose.FOLDERS]

def shuffled(seed, loaded, any_article):
    random.seed(seed)
    out = {}
    for f in FOLDERS:
        qual = [a for a in loaded[f] if any_article or len(choose.quote_spans(a['body'])) >= 2]
        qual.sort(key=lambda a: a['id'])
        random.shuffle(qual)
        out[f] = qual
    return out

def main():
    out_dir, seed = sys.argv[1], int(sys.argv[2])
    any_article = '--any' in sys.argv
    want = dict((a.split('=')[0], int(a.split('=')[1])) for a in sys.argv[3:] if '=' in a)
    loaded = {f: list(choose.load(f)) for f in FOLDERS}
    excluded = {f: set() for f in FOLDERS}
    for s in USED:
        for any_order in (False, True):
            for f, qual in shuffled(s, loaded, any_order).items():
                excluded[f].update(a['id'] for a in qual[:12])
    for ids in glob.glob(os.path.join(os.path.dirname(os.path.abspath(out_dir)), '*', 'ids.tsv')):
        for line in open(ids, encoding='utf-8'):
            f, i = line.rstrip('\n').split('\t')[:2]
            excluded.setdefault(f, set()).add(i)
    order = shuffled(seed, loaded, any_article)
    plan = []
    for f, n in want.items():
        plan += [a for a in order[f] if a['id'] not in excluded[f]][:n]
    os.makedirs(os.path.join(out_dir, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(out_dir, 'labels'), exist_ok=True)
    shutil.copytree(GD, os.path.join(out_dir, 'tools'), dirs_exist_ok=True)
    with open(os.path.join(out_dir, 'ids.tsv'), 'w', encoding='utf-8') as fh:
        for k, a in enumerate(plan, 1):
            fh.write(f"{a['meta']['source_folder']}\t{a['id']}\th{k:02d}\n")
    for k, a in enumerate(plan, 1):
        name = f'h{k:02d}'
        with open(os.path.join(out_dir, 'articles', name + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write(a['title'].strip() + '\n\n' + a['body'] + '\n')
        with open(os.path.join(out_dir, 'articles', name + '.meta.json'), 'w', encoding='utf-8') as fh:
            json.dump(a['meta'], fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        print(name, a['meta']['source_folder'], a['id'], a['title'][:60])

if __name__ == '__main__':
    main()
