# Generates importers/whatsapp/locale_*.cpp from the tables of FORMAT.md section 9 (run from the repo root).
import re, sys
src = open(sys.argv[1] if len(sys.argv) > 1 else '../shared/formats/whatsapp/FORMAT.md', encoding='utf-8').read().split('\n')

def section(title_prefix):
    start = None
    for i, l in enumerate(src):
        if l.startswith(title_prefix):
            start = i; break
    rows = []
    i = start + 1
    while i < len(src) and not src[i].startswith('|'): i += 1
    i += 2  # header + separator
    while i < len(src) and src[i].startswith('|'):
        rows.append(src[i]); i += 1
    return rows

def cells(row):
    parts = row.strip().strip('|').split(' | ')
    out = []
    for p in parts:
        vals = re.findall(r'`([^`]*)`', p)
        out.append(vals)
    return out

def lit(s):
    s = s.replace('\u236d', ' ')  # ⍽ stands for a no-break space; matching treats it as a space
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"sv'

def first_sentence(s):
    s = s.replace(' …', '').replace('…', '')
    best = len(s)
    for sep in ['. ', '。', '। ', '۔ ', '，', '، ']:
        k = s.find(sep)
        if k >= 12 and k < best:
            best = k
    return s[:best]

def emit(name, rows_entries, header):
    lines = [header]
    for comment, entries in rows_entries:
        if not entries: continue
        body = ' '.join('{C::%s, K::%s, %s},' % (c, k, lit(t)) for c, k, t in entries)
        lines.append('    // %s\n    %s' % (comment, body))
    return lines

out_android = []
# A1
for r in section('#### A1.'):
    c = cells(r); loc = c[0][0] if c[0] else '?'
    loc = r.split('|')[1].strip()
    e = []
    for v in c[1]: e.append(('file_name', 'other', v))
    for v in c[2]: e.append(('file_attached', 'other', v))
    for v in c[3]: e.append(('omitted', 'other', v))
    for v in c[4]: e.append(('location', 'other', v))
    for v in c[5]: e.append(('live_location', 'other', v))
    out_android.append(('A1 ' + loc, e))
for r in section('#### A2.'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for v in c[1] + c[2]: e.append(('deleted', 'other', v))
    for v in c[3]: e.append(('missed_voice', 'other', v))
    for v in c[4]: e.append(('missed_video', 'other', v))
    out_android.append(('A2 ' + loc, e))
out_android_sys = []
for r in section('#### A3.'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for col in c[1:7]:
        for v in col: e.append(('group_event', 'other', v))
    for v in c[7]: e.append(('contact_event', 'other', v))
    out_android_sys.append(('A3 ' + loc, e))
for r in section('#### A4.'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for col in c[1:]:
        for v in col: e.append(('notice', 'other', first_sentence(v)))
    out_android_sys.append(('A4 ' + loc, e))
# 9.3
for r in section('### 9.3'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for v in c[1]: e.append(('omitted', 'other', v))
    for v in c[2]: e.append(('file_attached', 'other', '%s ' + v))
    for v in c[3]: e.append(('location', 'other', v.strip() + ' %s'))
    for v in c[4] + c[5]: e.append(('deleted', 'other', v))
    for v in c[6]: e.append(('missed_voice', 'other', v))
    for v in c[7]: e.append(('notice', 'other', first_sentence(v)))
    out_android.append(('9.3 ' + loc, e))
for r in section('### 9.4'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for v in c[1]: e.append(('omitted', 'other', v))
    out_android.append(('9.4 ' + loc, e))

out_ios = []
kinds = ['photo', 'video', 'audio', 'sticker', 'gif', 'contact', 'document']
for r in section('#### I1.'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for v in c[1]: e.append(('attached', 'other', v))
    for k, col in zip(kinds, c[2:9]):
        for v in col: e.append(('omitted', k, v))
    out_ios.append(('I1 ' + loc, e))
for r in section('#### I2.'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for v in c[1] + c[2] + c[3]: e.append(('deleted', 'other', v))
    for v in c[4]: e.append(('missed_voice', 'other', v))
    for v in c[5]: e.append(('missed_video', 'other', v))
    for v in c[6]: e.append(('voice_call', 'other', v))
    for v in c[7]: e.append(('location', 'other', v + ': %s'))
    for v in c[8]: e.append(('notice', 'other', first_sentence(v)))
    out_ios.append(('I2 ' + loc, e))
out_ios_sys = []
for r in section('#### I3.'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for col in c[1:9]:
        for v in col: e.append(('group_event', 'other', v))
    for v in c[9] + c[10]: e.append(('contact_event', 'other', v))
    out_ios_sys.append(('I3 ' + loc, e))
for r in section('#### I4.'):
    c = cells(r); loc = r.split('|')[1].strip(); e = []
    for v in c[1]: e.append(('notice', 'other', first_sentence(v)))
    out_ios_sys.append(('I4 ' + loc, e))

HDR = '''// GENERATED from FORMAT.md §9 (%s) by a one-off script; edit by hand if a string changes.
// Entries keep the tables' own spelling; "%%s", "%%@", "%%1$s", "%%2$@" … are wildcards.
#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp::strings {
namespace {
using C = Category;
using K = model::AttachmentKind;
using namespace std::string_view_literals;

constexpr Entry k_entries[] = {'''
def write(path, tables, fn, what):
    lines = emit(path, tables, HDR % what)
    lines.append('};\n\n}  // namespace\n\nstd::span<const Entry> %s() { return k_entries; }\n\n}  // namespace chatvault::importers::whatsapp::strings\n' % fn)
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))
d = 'importers/whatsapp/'
write(d + 'locale_android.cpp', out_android, 'android_entries', 'tables A1, A2, 9.3, 9.4')
write(d + 'locale_android_system.cpp', out_android_sys, 'android_system_entries', 'tables A3, A4')
write(d + 'locale_ios.cpp', out_ios, 'ios_entries', 'tables I1, I2')
write(d + 'locale_ios_system.cpp', out_ios_sys, 'ios_system_entries', 'tables I3, I4')
