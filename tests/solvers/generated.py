"""Functions in the shape program search writes, for batt's `include_solvers!` tests.

Written by scripts/arc_dsl/generate_batt.py (--functions 6 --lines 180 --seed 20241); do not edit.
tests/solvers/generated.golden holds what arc-dsl's Python returns for each.
"""
from dsl import *
from constants import *


def batt_00(task_id, S, I, C, log_path):
    s = []
    o = []
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    s.append((4, 'None', 'pattern', t4))
    t5 = equality(I, C)
    s.append((5, 'None', t5))
    t6 = objects(C, t5, F, t5)
    s.append((6, 'objects_006', t6))
    t7 = hmirror(C)
    t8 = palette(I)
    t9 = size(t6)
    s.append((9, 'size_009', t9))
    t10 = equality(t9, t9)
    try:
        t11 = minimum(t8)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t11 = mostcolor(I)
    s.append((11, 'minimum_011', t11))
    t12 = switch(I, t11, t11)
    t13 = size(t6)
    t14 = mostcolor(t12)
    t15 = sizefilter(t6, t13)
    s.append((15, 'sizefilter_015', t15))
    t16 = increment(t9)
    s.append((16, 'None', t16))
    t17 = replace(t12, t11, t11)
    t18 = objects(I, t10, T, t5)
    s.append((18, 'objects_018', t18))
    t19 = subtract(t9, t16)
    t20 = objects(I, t5, T, t5)
    s.append((20, 'None', t20))
    try:
        t21 = get_nth_t(t3, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t21 = None
    s.append((21, 'get_nth_t_021', t21))
    t22 = rot180(t7)
    t23 = objects(t17, T, F, T)
    s.append((23, 'None', t23))
    t24 = mostcolor(t12)
    s.append((24, 'mostcolor_024', t24))
    t25 = equality(t22, t17)
    t26 = sizefilter(t23, t9)
    s.append((26, 'None', t26))
    try:
        t27 = first(t23)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t27 = None
    t28 = palette(t12)
    try:
        t29 = inbox(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t29 = None
    t30 = equality(t22, t22)
    try:
        t31 = toindices(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t31 = None
    s.append((31, 'None', t31))
    t32 = greater(t19, t19)
    s.append((32, 'None', t32))
    try:
        t33 = size(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t33 = NEG_ONE
    try:
        t34 = width(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t34 = ZERO
    t35 = replace(t12, t11, NINE)
    t36 = rot90(t35)
    o.append((36, False, 'cand_036', t36))
    t37 = invert(t16)
    s.append((37, 'invert_037', t37))
    t38 = hmirror(t12)
    t39 = fgpartition(t22)
    t40 = sizefilter(t20, t37)
    t41 = size(t15)
    t42 = height(t35)
    t43 = replace(t12, t14, t14)
    t44 = palette(t43)
    try:
        t45 = first(t39)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t45 = None
    t46 = subtract(t42, t42)
    s.append((46, 'None', t46))
    try:
        t47 = color(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t47 = mostcolor(I)
    t48 = leastcolor(t22)
    t49 = size(t28)
    t50 = rot270(t35)
    try:
        t51 = height(t45)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t51 = NEG_ONE
    try:
        t52 = outbox(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t52 = None
    try:
        t53 = inbox(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t53 = None
    try:
        t54 = inbox(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t54 = None
    s.append((54, 'None', t54))
    try:
        t55 = box(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t55 = None
    s.append((55, 'box_055', t55))
    try:
        t56 = argmin(t20, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t56 = None
    s.append((56, 'argmin_056', t56))
    try:
        t57 = uppermost(t45)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t57 = ONE
    t58 = height(t38)
    t59 = cmirror(t43)
    try:
        t60 = get_nth_t(t4, FOUR)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t60 = None
    s.append((60, 'None', t60))
    t61 = palette(t38)
    t62 = dedupe(t4)
    s.append((62, 'None', t62))
    t63 = hmirror(t59)
    t64 = double(t51)
    t65 = equality(t38, t59)
    s.append((65, 'equality_065', t65))
    try:
        t66 = fill(t59, TWO, t55)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t66 = rot90(I)
    o.append((66, True, 'cand_066', t66))
    try:
        t67 = argmin(t6, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t67 = None
    try:
        t68 = inbox(t56)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t68 = None
    try:
        t69 = color(t56)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t69 = ZERO
    s.append((69, 'None', t69))
    try:
        t70 = uppermost(t45)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t70 = ONE
    try:
        t71 = paint(t59, t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t71 = hmirror(C)
    t72 = leastcolor(t63)
    s.append((72, 'leastcolor_072', t72))
    t73 = colorfilter(t20, t72)
    t74 = equality(t71, t66)
    s.append((74, 'None', t74))
    try:
        t75 = get_nth_t(t62, THREE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t75 = None
    t76 = sizefilter(t40, t51)
    s.append((76, 'sizefilter_076', t76))
    t77 = objects(t63, T, F, F)
    try:
        t78 = size(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t78 = NEG_ONE
    t79 = mostcolor(t59)
    s.append((79, 'mostcolor_079', t79))
    try:
        t80 = argmax(t76, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t80 = None
    s.append((80, 'None', t80))
    try:
        t81 = height(t80)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t81 = ONE
    s.append((81, 'None', t81))
    t82 = equality(t66, t66)
    try:
        t83 = fill(t50, t79, t68)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t83 = hmirror(C)
    t84 = double(t81)
    s.append((84, 'None', t84))
    t85 = size(t61)
    try:
        t86 = leftmost(t56)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t86 = ZERO
    t87 = colorfilter(t76, t79)
    s.append((87, 'colorfilter_087', t87))
    t88 = height(t59)
    s.append((88, 'None', t88))
    try:
        t89 = argmax(t73, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t89 = None
    t90 = difference_tuple(t62, t4)
    try:
        t91 = uppermost(t27)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t91 = NEG_ONE
    try:
        t92 = underfill(t71, ONE, t54)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t92 = rot90(I)
    o.append((92, True, 'cand_092', t92))
    try:
        t93 = first(t73)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t93 = None
    t94 = cmirror(t43)
    try:
        t95 = fill(t94, t79, t55)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t95 = hmirror(C)
    t96 = difference_tuple(t90, t90)
    s.append((96, 'None', t96))
    t97 = fgpartition(t63)
    t98 = colorfilter(t77, t79)
    s.append((98, 'None', t98))
    t99 = switch(t92, t48, t79)
    o.append((99, True, 'cand_099', t99))
    t100 = equality(t88, t91)
    s.append((100, 'equality_100', t100))
    t101 = size(t61)
    t102 = size(t98)
    s.append((102, 'size_102', t102))
    t103 = greater(t102, t102)
    s.append((103, 'None', t103))
    t104 = sizefilter(t98, t84)
    t105 = subtract(t102, t86)
    try:
        t106 = delta(t93)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t106 = None
    s.append((106, 'delta_106', t106))
    t107 = difference_tuple(t96, t90)
    try:
        t108 = delta(t80)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t108 = None
    t109 = greater(t88, t101)
    s.append((109, 'greater_109', t109))
    t110 = replace(t99, t47, t14)
    o.append((110, False, task_id, t110))
    try:
        t111 = uppermost(t89)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t111 = ZERO
    t112 = replace(t99, t47, t79)
    try:
        t113 = size(t93)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t113 = ONE
    try:
        t114 = outbox(t56)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t114 = None
    s.append((114, 'outbox_114', t114))
    try:
        t115 = maximum(t44)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t115 = mostcolor(I)
    s.append((115, 'None', t115))
    try:
        t116 = first(t23)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t116 = None
    t117 = rot180(t112)
    o.append((117, True, 'cand_117', t117))
    t118 = fgpartition(t117)
    s.append((118, 'fgpartition_118', t118))
    try:
        t119 = fill(t112, SIX, t108)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t119 = rot90(I)
    o.append((119, True, 'cand_119', t119))
    t120 = equality(t110, t110)
    s.append((120, 'equality_120', t120))
    try:
        t121 = width(t93)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t121 = NEG_ONE
    s.append((121, 'None', t121))
    t122 = increment(t105)
    s.append((122, 'increment_122', t122))
    t123 = replace(t117, t79, t11)
    o.append((123, False, 'cand_123', t123))
    try:
        t124 = color(t56)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t124 = mostcolor(I)
    try:
        t125 = delta(t116)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t125 = None
    s.append((125, 'delta_125', t125))
    t126 = hmirror(t112)
    t127 = switch(t126, t48, t124)
    o.append((127, True, task_id, t127))
    try:
        t128 = minimum(t8)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t128 = mostcolor(I)
    s.append((128, 'minimum_128', t128))
    try:
        t129 = outbox(t116)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t129 = None
    try:
        t130 = maximum(t8)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t130 = ZERO
    s.append((130, 'maximum_130', t130))
    t131 = size(t61)
    s.append((131, 'None', t131))
    t132 = hmirror(t95)
    t133 = height(t132)
    s.append((133, 'height_133', t133))
    try:
        t134 = color(t116)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t134 = ZERO
    try:
        t135 = backdrop(t45)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t135 = None
    s.append((135, 'None', t135))
    try:
        t136 = height(t89)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t136 = ONE
    t137 = dedupe(t107)
    try:
        t138 = minimum(t61)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t138 = mostcolor(I)
    s.append((138, 'minimum_138', t138))
    t139 = equality(t113, t133)
    s.append((139, 'None', t139))
    t140 = cmirror(t132)
    o.append((140, True, task_id, t140))
    try:
        t141 = box(t80)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t141 = None
    try:
        t142 = toindices(t116)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t142 = None
    t143 = equality(t140, t123)
    s.append((143, 'equality_143', t143))
    t144 = rot270(t132)
    o.append((144, True, 'cand_144', t144))
    try:
        t145 = uppermost(t93)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t145 = NEG_ONE
    s.append((145, 'uppermost_145', t145))
    t146 = mostcolor(t140)
    s.append((146, 'mostcolor_146', t146))
    try:
        t147 = uppermost(t80)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t147 = ZERO
    t148 = greater(t121, t147)
    s.append((148, 'greater_148', t148))
    try:
        t149 = lowermost(t80)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t149 = ONE
    t150 = decrement(t145)
    t151 = sizefilter(t98, t145)
    try:
        t152 = argmax(t98, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t152 = None
    s.append((152, 'None', t152))
    try:
        t153 = lowermost(t116)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t153 = ONE
    s.append((153, 'lowermost_153', t153))
    t154 = objects(t144, t82, T, t143)
    t155 = leastcolor(t132)
    t156 = difference_tuple(t62, t3)
    try:
        t157 = underpaint(t123, t45)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t157 = hmirror(C)
    t158 = rot90(t140)
    o.append((158, True, task_id, t158))
    t159 = objects(t140, F, F, F)
    try:
        t160 = get_nth_t(t107, FOUR)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t160 = None
    s.append((160, 'None', t160))
    try:
        t161 = minimum(t44)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t161 = ZERO
    try:
        t162 = get_nth_t(t3, TWO)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t162 = None
    t163 = replace(t132, t146, SIX)
    o.append((163, True, task_id, t163))
    try:
        t164 = fill(t157, FIVE, t142)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t164 = rot90(I)
    o.append((164, False, 'cand_164', t164))
    t165 = replace(t164, t128, t155)
    t166 = difference_tuple(t156, t4)
    t167 = decrement(t150)
    s.append((167, 'None', t167))
    t168 = increment(t147)
    t169 = rot180(t165)
    t170 = leastcolor(t157)
    t171 = colorfilter(t159, t170)
    s.append((171, 'colorfilter_171', t171))
    t172 = replace(t165, t161, SEVEN)
    t173 = flip(t120)
    s.append((173, 'None', t173))
    t174 = width(t169)
    s.append((174, 'None', t174))
    t175 = vmirror(t169)
    t176 = greater(t174, t174)
    try:
        t177 = get_nth_t(t156, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t177 = None
    try:
        t178 = minimum(t61)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t178 = mostcolor(I)
    t179 = objects(t172, t143, T, t173)
    t180 = invert(t153)
    return o, s


def batt_01(task_id, S, I, C, log_path):
    s = []
    o = []
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    s.append((4, 'None', 'pattern', t4))
    t5 = dedupe(t3)
    t6 = mostcolor(I)
    t7 = width(I)
    s.append((7, 'width_007', t7))
    t8 = vmirror(C)
    o.append((8, False, 'cand_008', t8))
    t9 = width(I)
    s.append((9, 'width_009', t9))
    t10 = replace(C, t6, t6)
    t11 = double(t7)
    t12 = decrement(t11)
    t13 = objects(I, T, F, T)
    s.append((13, 'objects_013', t13))
    t14 = height(I)
    t15 = cmirror(I)
    try:
        t16 = argmin(t13, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t16 = None
    s.append((16, 'argmin_016', t16))
    try:
        t17 = uppermost(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t17 = ONE
    t18 = vmirror(t10)
    try:
        t19 = width(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t19 = ZERO
    t20 = difference_tuple(t5, t3)
    s.append((20, 'None', t20))
    t21 = decrement(t17)
    s.append((21, 'decrement_021', t21))
    try:
        t22 = first(t13)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t22 = None
    t23 = replace(t18, t6, t6)
    t24 = dedupe(t20)
    t25 = invert(t12)
    s.append((25, 'invert_025', t25))
    try:
        t26 = get_nth_t(t20, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t26 = None
    s.append((26, 'None', t26))
    t27 = sizefilter(t13, t21)
    t28 = switch(t23, t6, t6)
    o.append((28, True, 'cand_028', t28))
    t29 = dmirror(t18)
    try:
        t30 = first(t13)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t30 = None
    s.append((30, 'first_030', t30))
    t31 = switch(t28, t6, t6)
    o.append((31, True, 'cand_031', t31))
    t32 = replace(t31, t6, t6)
    o.append((32, False, task_id, t32))
    t33 = width(t28)
    t34 = invert(t11)
    s.append((34, 'None', t34))
    try:
        t35 = uppermost(t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t35 = ONE
    s.append((35, 'None', t35))
    t36 = increment(t35)
    t37 = rot180(t32)
    o.append((37, False, task_id, t37))
    t38 = palette(t32)
    try:
        t39 = underpaint(t37, t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t39 = rot90(I)
    t40 = decrement(t36)
    s.append((40, 'None', t40))
    t41 = double(t40)
    s.append((41, 'None', t41))
    t42 = add(t41, t41)
    t43 = subtract(t40, t40)
    s.append((43, 'None', t43))
    t44 = partition(t31)
    t45 = objects(t29, T, F, T)
    try:
        t46 = delta(t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t46 = None
    t47 = dedupe(t24)
    s.append((47, 'None', t47))
    try:
        t48 = fill(t39, ONE, t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t48 = hmirror(C)
    try:
        t49 = box(t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t49 = None
    s.append((49, 'None', t49))
    t50 = objects(I, F, T, T)
    t51 = rot270(t31)
    try:
        t52 = get_nth_t(t47, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t52 = None
    t53 = rot90(t32)
    o.append((53, False, 'cand_053', t53))
    t54 = size(t50)
    s.append((54, 'size_054', t54))
    try:
        t55 = paint(t39, t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t55 = hmirror(C)
    o.append((55, True, task_id, t55))
    try:
        t56 = maximum(t38)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t56 = mostcolor(I)
    try:
        t57 = height(t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t57 = ONE
    try:
        t58 = toindices(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t58 = None
    s.append((58, 'toindices_058', t58))
    try:
        t59 = cover(t55, t30)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t59 = hmirror(C)
    t60 = greater(t57, t54)
    s.append((60, 'greater_060', t60))
    t61 = width(t59)
    s.append((61, 'None', t61))
    try:
        t62 = paint(t48, t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t62 = hmirror(C)
    o.append((62, True, task_id, t62))
    t63 = equality(t57, t54)
    try:
        t64 = leftmost(t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t64 = ZERO
    t65 = vmirror(t62)
    o.append((65, True, task_id, t65))
    try:
        t66 = rightmost(t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t66 = ZERO
    s.append((66, 'None', t66))
    try:
        t67 = color(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t67 = mostcolor(I)
    s.append((67, 'None', t67))
    t68 = hmirror(t51)
    o.append((68, False, task_id, t68))
    try:
        t69 = toindices(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t69 = None
    s.append((69, 'toindices_069', t69))
    t70 = switch(t68, t6, t6)
    o.append((70, True, 'cand_070', t70))
    t71 = colorfilter(t50, t67)
    s.append((71, 'None', t71))
    t72 = hmirror(t70)
    o.append((72, True, 'cand_072', t72))
    t73 = colorfilter(t44, t6)
    s.append((73, 'colorfilter_073', t73))
    t74 = replace(t51, t67, SEVEN)
    o.append((74, False, 'cand_074', t74))
    t75 = objects(t74, F, T, T)
    try:
        t76 = get_nth_t(t5, FOUR)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t76 = None
    try:
        t77 = underpaint(t65, t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t77 = hmirror(C)
    try:
        t78 = argmin(t75, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t78 = None
    t79 = decrement(t66)
    try:
        t80 = uppermost(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t80 = ONE
    try:
        t81 = rightmost(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t81 = ONE
    s.append((81, 'rightmost_081', t81))
    try:
        t82 = size(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t82 = ZERO
    try:
        t83 = inbox(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t83 = None
    t84 = objects(t70, t60, F, t63)
    t85 = leastcolor(t77)
    t86 = dmirror(t74)
    o.append((86, True, task_id, t86))
    try:
        t87 = paint(t74, t30)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t87 = rot90(I)
    try:
        t88 = width(t78)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t88 = ZERO
    s.append((88, 'width_088', t88))
    t89 = difference_tuple(t47, t20)
    s.append((89, 'difference_tuple_089', t89))
    try:
        t90 = uppermost(t78)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t90 = ZERO
    s.append((90, 'uppermost_090', t90))
    t91 = colorfilter(t73, t56)
    t92 = subtract(t90, t57)
    t93 = sizefilter(t71, t92)
    t94 = equality(t77, t87)
    s.append((94, 'None', t94))
    t95 = height(t72)
    s.append((95, 'height_095', t95))
    t96 = mostcolor(t87)
    t97 = rot180(t68)
    o.append((97, True, task_id, t97))
    try:
        t98 = delta(t30)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t98 = None
    s.append((98, 'None', t98))
    t99 = equality(t86, t87)
    s.append((99, 'None', t99))
    try:
        t100 = minimum(t38)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t100 = mostcolor(I)
    t101 = rot90(t68)
    t102 = cmirror(t65)
    t103 = double(t92)
    try:
        t104 = argmin(t73, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t104 = None
    s.append((104, 'None', t104))
    t105 = sizefilter(t91, FOUR)
    t106 = hmirror(t101)
    try:
        t107 = minimum(t38)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t107 = mostcolor(I)
    try:
        t108 = get_nth_t(t89, TWO)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t108 = None
    s.append((108, 'None', t108))
    t109 = sizefilter(t93, t82)
    t110 = increment(t81)
    try:
        t111 = underfill(t77, NINE, t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t111 = hmirror(C)
    o.append((111, False, task_id, t111))
    t112 = hmirror(t111)
    o.append((112, True, task_id, t112))
    try:
        t113 = delta(t104)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t113 = None
    s.append((113, 'delta_113', t113))
    try:
        t114 = cover(t112, t30)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t114 = hmirror(C)
    t115 = replace(t111, t96, t107)
    o.append((115, False, task_id, t115))
    try:
        t116 = uppermost(t30)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t116 = ZERO
    s.append((116, 'uppermost_116', t116))
    t117 = size(t38)
    t118 = invert(t82)
    try:
        t119 = argmin(t105, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t119 = None
    s.append((119, 'None', t119))
    t120 = leastcolor(t112)
    try:
        t121 = fill(t111, ZERO, t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t121 = rot90(I)
    t122 = leastcolor(t114)
    try:
        t123 = first(t84)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t123 = None
    s.append((123, 'None', t123))
    t124 = greater(t117, t117)
    s.append((124, 'None', t124))
    t125 = flip(t60)
    try:
        t126 = color(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t126 = ZERO
    t127 = rot180(t115)
    t128 = vmirror(t121)
    o.append((128, True, 'cand_128', t128))
    try:
        t129 = outbox(t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t129 = None
    t130 = size(t84)
    try:
        t131 = fill(t127, SEVEN, t129)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t131 = rot90(I)
    try:
        t132 = inbox(t123)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t132 = None
    t133 = size(t93)
    try:
        t134 = color(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t134 = mostcolor(I)
    s.append((134, 'color_134', t134))
    try:
        t135 = cover(t128, t119)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t135 = hmirror(C)
    o.append((135, True, task_id, t135))
    try:
        t136 = fill(t135, t134, t132)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t136 = hmirror(C)
    try:
        t137 = maximum(t38)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t137 = mostcolor(I)
    try:
        t138 = get_nth_t(t89, TWO)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t138 = None
    s.append((138, 'get_nth_t_138', t138))
    t139 = fgpartition(t128)
    t140 = dmirror(t127)
    try:
        t141 = size(t30)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t141 = ONE
    try:
        t142 = underfill(t128, SEVEN, t132)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t142 = hmirror(C)
    o.append((142, False, 'cand_142', t142))
    t143 = cmirror(t142)
    o.append((143, True, task_id, t143))
    t144 = colorfilter(t93, t137)
    try:
        t145 = fill(t136, t137, t132)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t145 = hmirror(C)
    try:
        t146 = fill(t145, t126, t132)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t146 = rot90(I)
    t147 = box(t123)
    s.append((147, 'None', t147))
    t148 = equality(t130, t133)
    s.append((148, 'None', t148))
    try:
        t149 = backdrop(t123)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t149 = None
    t150 = equality(t141, t95)
    t151 = backdrop(t78)
    t152 = rot180(t143)
    t153 = partition(t131)
    s.append((153, 'partition_153', t153))
    t154 = size(t144)
    s.append((154, 'None', t154))
    try:
        t155 = cover(t146, t78)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t155 = hmirror(C)
    t156 = sizefilter(t109, t141)
    s.append((156, 'sizefilter_156', t156))
    t157 = switch(t155, t137, t126)
    t158 = hmirror(t152)
    o.append((158, False, 'cand_158', t158))
    t159 = add(t130, t154)
    s.append((159, 'add_159', t159))
    try:
        t160 = rightmost(t123)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t160 = ZERO
    t161 = replace(t146, t126, ZERO)
    try:
        t162 = first(t153)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t162 = None
    t163 = rot270(t155)
    o.append((163, True, task_id, t163))
    t164 = equality(t154, t141)
    t165 = increment(t160)
    t166 = double(t165)
    t167 = greater(t166, t166)
    t168 = greater(t159, t141)
    s.append((168, 'None', t168))
    t169 = palette(t157)
    try:
        t170 = color(t123)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t170 = mostcolor(I)
    t171 = size(t144)
    s.append((171, 'size_171', t171))
    t172 = hmirror(t161)
    o.append((172, False, task_id, t172))
    t173 = height(t172)
    t174 = leftmost(t16)
    t175 = decrement(t118)
    t176 = vmirror(t172)
    t177 = cmirror(t145)
    o.append((177, True, task_id, t177))
    try:
        t178 = toindices(t162)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t178 = None
    try:
        t179 = width(t123)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t179 = NEG_ONE
    t180 = greater(t179, t179)
    s.append((180, 'None', t180))
    return o, s


def batt_02(task_id, S, I, C, log_path):
    s = []
    o = []
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    s.append((4, 'None', 'pattern', t4))
    t5 = objects(I, T, T, T)
    try:
        t6 = first(t5)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t6 = None
    s.append((6, 'first_006', t6))
    t7 = hmirror(I)
    o.append((7, True, 'cand_007', t7))
    t8 = size(t5)
    t9 = subtract(t8, t8)
    t10 = cmirror(I)
    t11 = partition(t10)
    s.append((11, 'None', t11))
    t12 = fgpartition(t7)
    s.append((12, 'None', t12))
    try:
        t13 = height(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t13 = ZERO
    try:
        t14 = lowermost(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t14 = ONE
    t15 = cmirror(I)
    o.append((15, False, 'cand_015', t15))
    try:
        t16 = first(t5)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t16 = None
    try:
        t17 = outbox(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t17 = None
    s.append((17, 'None', t17))
    t18 = invert(t13)
    t19 = increment(t18)
    s.append((19, 'increment_019', t19))
    try:
        t20 = height(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t20 = ZERO
    try:
        t21 = size(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t21 = NEG_ONE
    s.append((21, 'size_021', t21))
    t22 = partition(t15)
    t23 = palette(t10)
    s.append((23, 'palette_023', t23))
    t24 = height(t15)
    t25 = decrement(t13)
    s.append((25, 'None', t25))
    t26 = mostcolor(I)
    t27 = rot270(t15)
    try:
        t28 = backdrop(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t28 = None
    s.append((28, 'backdrop_028', t28))
    t29 = rot180(t27)
    t30 = leastcolor(t29)
    s.append((30, 'leastcolor_030', t30))
    t31 = mostcolor(t29)
    t32 = sizefilter(t5, t25)
    s.append((32, 'None', t32))
    try:
        t33 = inbox(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t33 = None
    s.append((33, 'None', t33))
    t34 = replace(t15, t26, t26)
    t35 = replace(t29, t31, t31)
    t36 = size(t22)
    try:
        t37 = leftmost(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t37 = ONE
    t38 = height(t10)
    t39 = switch(t29, t26, t30)
    o.append((39, False, task_id, t39))
    t40 = decrement(t38)
    try:
        t41 = first(t32)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t41 = None
    try:
        t42 = size(t41)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t42 = ONE
    s.append((42, 'None', t42))
    t43 = double(t42)
    t44 = difference_tuple(t3, t4)
    try:
        t45 = rightmost(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t45 = ZERO
    try:
        t46 = backdrop(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t46 = None
    try:
        t47 = underfill(t29, EIGHT, t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t47 = rot90(I)
    o.append((47, False, 'cand_047', t47))
    try:
        t48 = inbox(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t48 = None
    t49 = sizefilter(t22, t42)
    try:
        t50 = underpaint(t35, t41)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t50 = rot90(I)
    o.append((50, False, task_id, t50))
    t51 = sizefilter(t32, t40)
    t52 = mostcolor(t47)
    t53 = leastcolor(t47)
    s.append((53, 'leastcolor_053', t53))
    try:
        t54 = size(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t54 = ZERO
    s.append((54, 'size_054', t54))
    t55 = invert(t45)
    try:
        t56 = width(t41)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t56 = ONE
    s.append((56, 'width_056', t56))
    t57 = mostcolor(t50)
    s.append((57, 'None', t57))
    try:
        t58 = minimum(t23)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t58 = ZERO
    s.append((58, 'None', t58))
    try:
        t59 = width(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t59 = ONE
    s.append((59, 'None', t59))
    t60 = equality(t35, t47)
    s.append((60, 'equality_060', t60))
    t61 = palette(t34)
    t62 = width(t50)
    try:
        t63 = first(t32)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t63 = None
    try:
        t64 = lowermost(t63)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t64 = ONE
    s.append((64, 'None', t64))
    t65 = replace(t15, t30, NINE)
    o.append((65, True, task_id, t65))
    try:
        t66 = width(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t66 = ONE
    try:
        t67 = size(t63)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t67 = NEG_ONE
    try:
        t68 = paint(t39, t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t68 = rot90(I)
    o.append((68, False, task_id, t68))
    try:
        t69 = fill(t65, TWO, t48)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t69 = rot90(I)
    t70 = double(t66)
    s.append((70, 'double_070', t70))
    t71 = fgpartition(t69)
    s.append((71, 'None', t71))
    try:
        t72 = lowermost(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t72 = ONE
    t73 = difference_tuple(t44, t4)
    t74 = rot180(t68)
    t75 = subtract(t59, t70)
    s.append((75, 'None', t75))
    try:
        t76 = height(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t76 = NEG_ONE
    try:
        t77 = rightmost(t41)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t77 = NEG_ONE
    s.append((77, 'rightmost_077', t77))
    try:
        t78 = height(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t78 = ONE
    t79 = dmirror(t74)
    o.append((79, False, 'cand_079', t79))
    try:
        t80 = minimum(t23)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t80 = ZERO
    s.append((80, 'minimum_080', t80))
    t81 = dmirror(t68)
    try:
        t82 = cover(t81, t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t82 = hmirror(C)
    o.append((82, True, 'cand_082', t82))
    try:
        t83 = toindices(t63)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t83 = None
    t84 = equality(t68, t82)
    s.append((84, 'equality_084', t84))
    t85 = colorfilter(t32, t58)
    try:
        t86 = inbox(t16)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t86 = None
    t87 = dmirror(t82)
    o.append((87, True, 'cand_087', t87))
    t88 = difference_tuple(t44, t73)
    try:
        t89 = cover(t87, t41)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t89 = hmirror(C)
    o.append((89, False, 'cand_089', t89))
    try:
        t90 = argmin(t85, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t90 = None
    s.append((90, 'argmin_090', t90))
    t91 = replace(t87, t80, SIX)
    o.append((91, False, 'cand_091', t91))
    try:
        t92 = argmax(t85, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t92 = None
    try:
        t93 = maximum(t61)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t93 = ZERO
    try:
        t94 = get_nth_t(t3, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t94 = None
    s.append((94, 'get_nth_t_094', t94))
    try:
        t95 = argmax(t85, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t95 = None
    s.append((95, 'None', t95))
    try:
        t96 = uppermost(t95)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t96 = ONE
    try:
        t97 = size(t41)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t97 = ONE
    s.append((97, 'None', t97))
    t98 = objects(t91, t84, F, t60)
    try:
        t99 = minimum(t23)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t99 = ZERO
    try:
        t100 = paint(t87, t90)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t100 = rot90(I)
    o.append((100, True, task_id, t100))
    t101 = objects(t91, F, F, F)
    s.append((101, 'None', t101))
    t102 = replace(t89, t93, t31)
    o.append((102, True, 'cand_102', t102))
    t103 = add(t97, t78)
    s.append((103, 'add_103', t103))
    t104 = width(t82)
    s.append((104, 'None', t104))
    try:
        t105 = underpaint(t102, t92)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t105 = rot90(I)
    try:
        t106 = first(t98)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t106 = None
    t107 = rot90(t105)
    t108 = height(t100)
    t109 = numcolors(t102)
    s.append((109, 'numcolors_109', t109))
    t110 = partition(t105)
    t111 = increment(t104)
    t112 = colorfilter(t98, t99)
    t113 = invert(t109)
    try:
        t114 = underfill(t107, ONE, t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t114 = rot90(I)
    try:
        t115 = fill(t100, t99, t86)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t115 = rot90(I)
    t116 = difference_tuple(t73, t73)
    t117 = height(t114)
    t118 = flip(t60)
    t119 = rot270(t105)
    try:
        t120 = minimum(t61)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t120 = ZERO
    try:
        t121 = minimum(t61)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t121 = ZERO
    t122 = width(t119)
    t123 = replace(t102, t120, FIVE)
    o.append((123, True, task_id, t123))
    t124 = hmirror(t102)
    t125 = mostcolor(t115)
    s.append((125, 'mostcolor_125', t125))
    try:
        t126 = fill(t114, t120, t48)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t126 = hmirror(C)
    t127 = greater(t111, t122)
    s.append((127, 'None', t127))
    t128 = sizefilter(t112, ONE)
    try:
        t129 = paint(t124, t90)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t129 = rot90(I)
    try:
        t130 = fill(t126, t120, t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t130 = hmirror(C)
    t131 = numcolors(t130)
    t132 = flip(t127)
    s.append((132, 'flip_132', t132))
    try:
        t133 = uppermost(t95)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t133 = ONE
    t134 = equality(t131, t131)
    t135 = palette(t130)
    t136 = width(t129)
    t137 = partition(t126)
    t138 = width(t115)
    t139 = dedupe(t73)
    t140 = partition(t129)
    s.append((140, 'None', t140))
    t141 = switch(t130, t121, t121)
    o.append((141, True, 'cand_141', t141))
    t142 = hmirror(t141)
    try:
        t143 = first(t112)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t143 = None
    t144 = palette(t141)
    t145 = hmirror(t142)
    try:
        t146 = fill(t115, SEVEN, t86)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t146 = hmirror(C)
    t147 = rot180(t146)
    o.append((147, True, 'cand_147', t147))
    t148 = switch(t141, t121, t125)
    t149 = size(t140)
    s.append((149, 'size_149', t149))
    try:
        t150 = underfill(t147, SIX, t86)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t150 = rot90(I)
    o.append((150, False, task_id, t150))
    t151 = dmirror(t145)
    try:
        t152 = underpaint(t150, t41)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t152 = hmirror(C)
    o.append((152, False, task_id, t152))
    try:
        t153 = lowermost(t95)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t153 = ONE
    s.append((153, 'None', t153))
    t154 = vmirror(t150)
    o.append((154, True, 'cand_154', t154))
    t155 = switch(t152, t120, t120)
    o.append((155, False, task_id, t155))
    t156 = height(t155)
    s.append((156, 'None', t156))
    t157 = rot180(t155)
    o.append((157, True, task_id, t157))
    t158 = sizefilter(t128, t138)
    t159 = objects(t141, t60, F, t132)
    t160 = invert(t156)
    try:
        t161 = minimum(t61)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t161 = ZERO
    s.append((161, 'minimum_161', t161))
    t162 = fgpartition(t152)
    s.append((162, 'fgpartition_162', t162))
    try:
        t163 = toindices(t95)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t163 = None
    s.append((163, 'toindices_163', t163))
    t164 = objects(t147, t127, F, t134)
    s.append((164, 'objects_164', t164))
    t165 = box(t143)
    s.append((165, 'box_165', t165))
    t166 = size(t23)
    try:
        t167 = size(t106)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t167 = NEG_ONE
    s.append((167, 'size_167', t167))
    t168 = numcolors(t157)
    s.append((168, 'numcolors_168', t168))
    t169 = difference_tuple(t88, t73)
    s.append((169, 'difference_tuple_169', t169))
    try:
        t170 = uppermost(t90)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t170 = ZERO
    s.append((170, 'None', t170))
    try:
        t171 = get_nth_t(t139, TWO)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t171 = None
    s.append((171, 'None', t171))
    try:
        t172 = fill(t155, SEVEN, t17)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t172 = rot90(I)
    o.append((172, True, task_id, t172))
    t173 = fill(t155, t125, t165)
    o.append((173, True, task_id, t173))
    try:
        t174 = minimum(t144)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t174 = ZERO
    try:
        t175 = width(t63)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t175 = ONE
    t176 = width(t157)
    t177 = dmirror(t173)
    try:
        t178 = color(t143)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t178 = mostcolor(I)
    t179 = greater(t160, t168)
    try:
        t180 = color(t63)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t180 = ZERO
    return o, s


def batt_03(task_id, S, I, C, log_path):
    s = []
    o = []
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    s.append((4, 'None', 'pattern', t4))
    t5 = hmirror(I)
    o.append((5, False, task_id, t5))
    t6 = leastcolor(C)
    t7 = cmirror(I)
    t8 = difference_tuple(t4, t4)
    s.append((8, 'difference_tuple_008', t8))
    t9 = switch(t5, t6, t6)
    t10 = partition(t9)
    t11 = colorfilter(t10, t6)
    s.append((11, 'None', t11))
    t12 = rot270(t7)
    t13 = fgpartition(t9)
    t14 = numcolors(t12)
    t15 = fgpartition(I)
    s.append((15, 'fgpartition_015', t15))
    t16 = equality(I, t9)
    t17 = fgpartition(t9)
    s.append((17, 'None', t17))
    t18 = difference_tuple(t3, t3)
    t19 = sizefilter(t13, t14)
    t20 = height(t12)
    try:
        t21 = first(t10)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t21 = None
    t22 = subtract(t14, t20)
    s.append((22, 'subtract_022', t22))
    t23 = double(t14)
    t24 = rot180(C)
    o.append((24, True, 'cand_024', t24))
    t25 = fgpartition(t24)
    try:
        t26 = color(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t26 = ZERO
    s.append((26, 'color_026', t26))
    t27 = equality(t9, t9)
    s.append((27, 'equality_027', t27))
    try:
        t28 = lowermost(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t28 = NEG_ONE
    s.append((28, 'lowermost_028', t28))
    try:
        t29 = cover(t24, t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t29 = hmirror(C)
    t30 = width(t29)
    t31 = difference_tuple(t8, t3)
    s.append((31, 'None', t31))
    t32 = double(t14)
    s.append((32, 'None', t32))
    t33 = rot90(t9)
    o.append((33, True, 'cand_033', t33))
    try:
        t34 = underpaint(t29, t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t34 = hmirror(C)
    t35 = vmirror(t9)
    try:
        t36 = argmax(t19, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t36 = None
    t37 = rot270(t29)
    o.append((37, False, task_id, t37))
    t38 = partition(t24)
    s.append((38, 'partition_038', t38))
    try:
        t39 = box(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t39 = None
    t40 = numcolors(t35)
    t41 = vmirror(t34)
    o.append((41, False, 'cand_041', t41))
    t42 = palette(t41)
    s.append((42, 'None', t42))
    try:
        t43 = toindices(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t43 = None
    try:
        t44 = fill(t41, FIVE, t43)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t44 = rot90(I)
    o.append((44, False, 'cand_044', t44))
    try:
        t45 = lowermost(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t45 = ONE
    s.append((45, 'lowermost_045', t45))
    t46 = equality(t35, t41)
    t47 = objects(t37, t16, F, t27)
    s.append((47, 'objects_047', t47))
    t48 = flip(t27)
    s.append((48, 'None', t48))
    t49 = sizefilter(t38, t40)
    try:
        t50 = paint(t34, t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t50 = hmirror(C)
    t51 = partition(t12)
    t52 = flip(t27)
    try:
        t53 = underfill(t44, ZERO, t39)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t53 = rot90(I)
    o.append((53, True, 'cand_053', t53))
    t54 = add(t45, t20)
    t55 = cmirror(t44)
    o.append((55, True, 'cand_055', t55))
    t56 = equality(t45, t54)
    s.append((56, 'equality_056', t56))
    t57 = add(t54, t23)
    t58 = sizefilter(t38, TWO)
    t59 = dmirror(t37)
    o.append((59, True, task_id, t59))
    try:
        t60 = get_nth_t(t18, THREE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t60 = None
    s.append((60, 'get_nth_t_060', t60))
    try:
        t61 = minimum(t42)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t61 = ZERO
    t62 = replace(t59, t26, t6)
    o.append((62, True, task_id, t62))
    t63 = hmirror(t62)
    o.append((63, False, task_id, t63))
    try:
        t64 = cover(t62, t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t64 = hmirror(C)
    try:
        t65 = height(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t65 = NEG_ONE
    s.append((65, 'height_065', t65))
    t66 = double(t65)
    t67 = sizefilter(t51, THREE)
    s.append((67, 'None', t67))
    t68 = dmirror(t64)
    o.append((68, False, 'cand_068', t68))
    t69 = increment(t32)
    t70 = replace(t55, t6, SEVEN)
    t71 = decrement(t54)
    s.append((71, 'None', t71))
    t72 = decrement(t65)
    s.append((72, 'decrement_072', t72))
    t73 = width(t53)
    t74 = dedupe(t3)
    s.append((74, 'dedupe_074', t74))
    t75 = dedupe(t4)
    t76 = invert(t69)
    s.append((76, 'invert_076', t76))
    try:
        t77 = get_nth_t(t3, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t77 = None
    t78 = sizefilter(t58, ONE)
    s.append((78, 'sizefilter_078', t78))
    t79 = palette(t70)
    try:
        t80 = height(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t80 = ZERO
    s.append((80, 'None', t80))
    t81 = width(t68)
    s.append((81, 'width_081', t81))
    try:
        t82 = size(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t82 = ZERO
    s.append((82, 'size_082', t82))
    try:
        t83 = argmax(t58, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t83 = None
    s.append((83, 'argmax_083', t83))
    try:
        t84 = delta(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t84 = None
    try:
        t85 = outbox(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t85 = None
    t86 = replace(t37, t6, FOUR)
    o.append((86, False, task_id, t86))
    t87 = numcolors(t70)
    s.append((87, 'None', t87))
    try:
        t88 = fill(t70, SIX, t85)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t88 = hmirror(C)
    o.append((88, False, 'cand_088', t88))
    try:
        t89 = fill(t68, EIGHT, t39)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t89 = hmirror(C)
    o.append((89, True, 'cand_089', t89))
    t90 = rot180(t68)
    t91 = difference_tuple(t75, t31)
    t92 = rot180(t88)
    t93 = sizefilter(t78, t76)
    try:
        t94 = underpaint(t89, t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t94 = rot90(I)
    t95 = greater(t87, t81)
    t96 = rot90(t55)
    o.append((96, True, task_id, t96))
    try:
        t97 = outbox(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t97 = None
    t98 = rot90(t96)
    o.append((98, True, 'cand_098', t98))
    t99 = double(t87)
    s.append((99, 'double_099', t99))
    try:
        t100 = delta(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t100 = None
    t101 = colorfilter(t51, t6)
    s.append((101, 'colorfilter_101', t101))
    try:
        t102 = outbox(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t102 = None
    s.append((102, 'None', t102))
    t103 = subtract(t81, t76)
    t104 = subtract(t82, t30)
    try:
        t105 = uppermost(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t105 = NEG_ONE
    s.append((105, 'uppermost_105', t105))
    t106 = switch(t68, t61, t26)
    t107 = dedupe(t75)
    try:
        t108 = fill(t106, t6, t102)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t108 = rot90(I)
    t109 = greater(t81, t104)
    t110 = rot180(t96)
    try:
        t111 = underfill(t96, NINE, t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t111 = rot90(I)
    o.append((111, False, task_id, t111))
    try:
        t112 = cover(t111, t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t112 = hmirror(C)
    t113 = fgpartition(t108)
    try:
        t114 = underpaint(t110, t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t114 = rot90(I)
    o.append((114, False, 'cand_114', t114))
    t115 = dmirror(t114)
    t116 = replace(t115, t6, t6)
    o.append((116, True, task_id, t116))
    try:
        t117 = toindices(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t117 = None
    t118 = greater(t105, t104)
    t119 = hmirror(t111)
    try:
        t120 = maximum(t79)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t120 = mostcolor(I)
    t121 = invert(t104)
    t122 = size(t42)
    t123 = rot90(t114)
    o.append((123, True, 'cand_123', t123))
    t124 = fgpartition(t115)
    s.append((124, 'None', t124))
    try:
        t125 = minimum(t42)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t125 = ZERO
    s.append((125, 'minimum_125', t125))
    try:
        t126 = inbox(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t126 = None
    t127 = subtract(t105, t121)
    try:
        t128 = backdrop(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t128 = None
    s.append((128, 'None', t128))
    t129 = mostcolor(t123)
    try:
        t130 = get_nth_t(t75, TWO)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t130 = None
    try:
        t131 = paint(t111, t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t131 = hmirror(C)
    o.append((131, False, 'cand_131', t131))
    t132 = hmirror(t123)
    t133 = height(t132)
    s.append((133, 'height_133', t133))
    t134 = invert(t105)
    s.append((134, 'invert_134', t134))
    try:
        t135 = fill(t132, EIGHT, t126)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t135 = hmirror(C)
    t136 = objects(t131, F, F, T)
    t137 = size(t83)
    try:
        t138 = outbox(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t138 = None
    s.append((138, 'None', t138))
    t139 = dedupe(t91)
    s.append((139, 'None', t139))
    try:
        t140 = backdrop(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t140 = None
    try:
        t141 = outbox(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t141 = None
    t142 = dedupe(t139)
    t143 = palette(t135)
    t144 = replace(t135, t120, SEVEN)
    t145 = fgpartition(t116)
    t146 = fgpartition(t119)
    try:
        t147 = uppermost(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t147 = NEG_ONE
    s.append((147, 'None', t147))
    t148 = rightmost(t21)
    s.append((148, 'rightmost_148', t148))
    t149 = rot180(t123)
    o.append((149, True, 'cand_149', t149))
    t150 = rot90(t135)
    t151 = double(t147)
    s.append((151, 'double_151', t151))
    t152 = width(t150)
    s.append((152, 'width_152', t152))
    try:
        t153 = width(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t153 = ZERO
    t154 = fgpartition(t150)
    s.append((154, 'None', t154))
    t155 = inbox(t21)
    s.append((155, 'None', t155))
    try:
        t156 = rightmost(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t156 = NEG_ONE
    try:
        t157 = fill(t144, NINE, t138)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t157 = rot90(I)
    o.append((157, True, task_id, t157))
    t158 = sizefilter(t154, FOUR)
    t159 = rot90(t135)
    try:
        t160 = paint(t150, t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t160 = rot90(I)
    o.append((160, True, task_id, t160))
    try:
        t161 = argmin(t146, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t161 = None
    try:
        t162 = delta(t21)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t162 = None
    t163 = cmirror(t132)
    t164 = invert(t148)
    t165 = decrement(t153)
    s.append((165, 'decrement_165', t165))
    t166 = palette(t131)
    s.append((166, 'None', t166))
    t167 = switch(t160, t6, t129)
    o.append((167, False, task_id, t167))
    t168 = dmirror(t150)
    o.append((168, False, task_id, t168))
    t169 = greater(t153, t164)
    t170 = colorfilter(t158, t26)
    t171 = difference_tuple(t107, t142)
    t172 = paint(t163, t21)
    t173 = subtract(t156, t127)
    s.append((173, 'subtract_173', t173))
    try:
        t174 = lowermost(t83)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t174 = NEG_ONE
    s.append((174, 'None', t174))
    t175 = invert(t173)
    t176 = rot270(t168)
    o.append((176, False, 'cand_176', t176))
    t177 = replace(t150, t61, t129)
    try:
        t178 = lowermost(t161)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t178 = ONE
    t179 = numcolors(t177)
    s.append((179, 'numcolors_179', t179))
    t180 = flip(t52)
    return o, s


def batt_04(task_id, S, I, C, log_path):
    s = []
    o = []
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    s.append((4, 'None', 'pattern', t4))
    t5 = cmirror(I)
    o.append((5, False, 'cand_005', t5))
    t6 = dedupe(t3)
    t7 = dmirror(I)
    o.append((7, True, task_id, t7))
    t8 = cmirror(C)
    t9 = numcolors(t8)
    t10 = fgpartition(t8)
    s.append((10, 'None', t10))
    t11 = height(C)
    t12 = dmirror(C)
    t13 = double(t9)
    t14 = cmirror(t8)
    o.append((14, False, task_id, t14))
    t15 = sizefilter(t10, TWO)
    t16 = equality(t8, t8)
    t17 = cmirror(I)
    o.append((17, True, 'cand_017', t17))
    t18 = size(t15)
    try:
        t19 = argmin(t10, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t19 = None
    s.append((19, 'None', t19))
    t20 = sizefilter(t10, TWO)
    t21 = fgpartition(t17)
    s.append((21, 'None', t21))
    try:
        t22 = outbox(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t22 = None
    t23 = flip(t16)
    s.append((23, 'None', t23))
    t24 = palette(t17)
    try:
        t25 = box(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t25 = None
    try:
        t26 = paint(t14, t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t26 = rot90(I)
    try:
        t27 = toindices(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t27 = None
    s.append((27, 'toindices_027', t27))
    try:
        t28 = paint(t17, t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t28 = hmirror(C)
    o.append((28, True, 'cand_028', t28))
    try:
        t29 = get_nth_t(t3, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t29 = None
    try:
        t30 = minimum(t24)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t30 = ZERO
    try:
        t31 = paint(t17, t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t31 = hmirror(C)
    try:
        t32 = paint(t28, t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t32 = hmirror(C)
    o.append((32, True, 'cand_032', t32))
    try:
        t33 = delta(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t33 = None
    s.append((33, 'delta_033', t33))
    t34 = objects(t17, t16, F, t16)
    try:
        t35 = outbox(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t35 = None
    s.append((35, 'outbox_035', t35))
    t36 = width(t28)
    t37 = dmirror(t14)
    o.append((37, False, 'cand_037', t37))
    t38 = increment(t36)
    s.append((38, 'None', t38))
    try:
        t39 = box(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t39 = None
    s.append((39, 'box_039', t39))
    t40 = rot180(t26)
    try:
        t41 = box(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t41 = None
    t42 = sizefilter(t20, THREE)
    t43 = dedupe(t6)
    t44 = size(t21)
    t45 = equality(t36, t44)
    t46 = sizefilter(t34, FOUR)
    s.append((46, 'sizefilter_046', t46))
    try:
        t47 = fill(t31, t30, t39)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t47 = rot90(I)
    try:
        t48 = color(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t48 = mostcolor(I)
    try:
        t49 = inbox(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t49 = None
    s.append((49, 'inbox_049', t49))
    try:
        t50 = fill(t47, ONE, t22)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t50 = rot90(I)
    o.append((50, True, 'cand_050', t50))
    t51 = dmirror(t32)
    o.append((51, False, task_id, t51))
    t52 = dmirror(t51)
    o.append((52, True, task_id, t52))
    t53 = invert(t9)
    try:
        t54 = get_nth_t(t3, FOUR)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t54 = None
    s.append((54, 'None', t54))
    t55 = difference_tuple(t3, t43)
    t56 = sizefilter(t42, t44)
    s.append((56, 'sizefilter_056', t56))
    try:
        t57 = width(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t57 = ONE
    t58 = rot180(t51)
    o.append((58, False, 'cand_058', t58))
    try:
        t59 = uppermost(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t59 = ZERO
    t60 = palette(C)
    s.append((60, 'None', t60))
    t61 = hmirror(t40)
    t62 = equality(t61, t61)
    t63 = leastcolor(t61)
    t64 = replace(t52, t48, FOUR)
    o.append((64, False, task_id, t64))
    t65 = flip(t62)
    s.append((65, 'None', t65))
    t66 = palette(t37)
    try:
        t67 = leftmost(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t67 = ZERO
    s.append((67, 'leftmost_067', t67))
    t68 = difference_tuple(t55, t55)
    t69 = height(t64)
    s.append((69, 'height_069', t69))
    t70 = greater(t67, t67)
    t71 = decrement(t36)
    try:
        t72 = first(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t72 = None
    s.append((72, 'None', t72))
    try:
        t73 = minimum(t24)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t73 = ZERO
    s.append((73, 'minimum_073', t73))
    try:
        t74 = box(t72)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t74 = None
    t75 = size(t56)
    t76 = rot270(t52)
    t77 = greater(t59, t71)
    try:
        t78 = outbox(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t78 = None
    try:
        t79 = argmin(t56, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t79 = None
    t80 = objects(t64, T, F, F)
    try:
        t81 = backdrop(t79)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t81 = None
    try:
        t82 = outbox(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t82 = None
    s.append((82, 'outbox_082', t82))
    try:
        t83 = delta(t79)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t83 = None
    s.append((83, 'None', t83))
    t84 = size(t20)
    t85 = objects(t76, T, F, T)
    try:
        t86 = outbox(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t86 = None
    t87 = mostcolor(t52)
    t88 = hmirror(t51)
    t89 = sizefilter(t85, t84)
    s.append((89, 'None', t89))
    t90 = subtract(t71, t67)
    try:
        t91 = uppermost(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t91 = ONE
    try:
        t92 = fill(t88, FOUR, t81)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t92 = hmirror(C)
    o.append((92, False, 'cand_092', t92))
    try:
        t93 = backdrop(t19)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t93 = None
    t94 = size(t60)
    s.append((94, 'None', t94))
    t95 = decrement(t94)
    try:
        t96 = argmax(t46, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t96 = None
    s.append((96, 'None', t96))
    try:
        t97 = argmax(t85, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t97 = None
    t98 = difference_tuple(t55, t43)
    t99 = dmirror(t76)
    o.append((99, True, 'cand_099', t99))
    try:
        t100 = first(t85)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t100 = None
    t101 = rot90(t99)
    o.append((101, False, 'cand_101', t101))
    try:
        t102 = delta(t79)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t102 = None
    s.append((102, 'delta_102', t102))
    t103 = invert(t53)
    s.append((103, 'None', t103))
    try:
        t104 = toindices(t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t104 = None
    t105 = rot270(t101)
    t106 = cmirror(t105)
    t107 = invert(t84)
    t108 = replace(t88, t73, ONE)
    o.append((108, False, task_id, t108))
    t109 = palette(t106)
    s.append((109, 'palette_109', t109))
    t110 = mostcolor(t101)
    t111 = rot180(t108)
    o.append((111, False, task_id, t111))
    t112 = greater(t91, t107)
    try:
        t113 = rightmost(t96)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t113 = ZERO
    t114 = size(t85)
    t115 = rot90(t106)
    t116 = dedupe(t55)
    s.append((116, 'dedupe_116', t116))
    t117 = width(t115)
    s.append((117, 'width_117', t117))
    try:
        t118 = underpaint(t99, t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t118 = rot90(I)
    o.append((118, True, 'cand_118', t118))
    try:
        t119 = height(t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t119 = NEG_ONE
    t120 = add(t95, t114)
    try:
        t121 = height(t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t121 = ZERO
    s.append((121, 'None', t121))
    t122 = vmirror(t105)
    try:
        t123 = fill(t122, ZERO, t81)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t123 = hmirror(C)
    o.append((123, False, task_id, t123))
    t124 = equality(t120, t119)
    t125 = difference_tuple(t43, t6)
    t126 = width(t115)
    s.append((126, 'width_126', t126))
    try:
        t127 = cover(t115, t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t127 = rot90(I)
    o.append((127, True, 'cand_127', t127))
    try:
        t128 = height(t79)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t128 = NEG_ONE
    t129 = leastcolor(t115)
    t130 = colorfilter(t85, t87)
    t131 = cmirror(t115)
    o.append((131, False, 'cand_131', t131))
    t132 = size(t109)
    s.append((132, 'None', t132))
    t133 = invert(t132)
    t134 = invert(t133)
    try:
        t135 = fill(t123, TWO, t104)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t135 = hmirror(C)
    o.append((135, False, task_id, t135))
    try:
        t136 = argmax(t89, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t136 = None
    t137 = increment(t134)
    t138 = size(t130)
    s.append((138, 'None', t138))
    t139 = rot270(t106)
    try:
        t140 = inbox(t136)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t140 = None
    s.append((140, 'None', t140))
    t141 = greater(t137, t138)
    t142 = invert(t134)
    s.append((142, 'invert_142', t142))
    t143 = replace(t135, t30, t129)
    try:
        t144 = backdrop(t100)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t144 = None
    t145 = rot180(t135)
    try:
        t146 = box(t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t146 = None
    t147 = equality(t145, t143)
    try:
        t148 = leftmost(t100)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t148 = NEG_ONE
    try:
        t149 = paint(t143, t97)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t149 = hmirror(C)
    o.append((149, True, 'cand_149', t149))
    try:
        t150 = rightmost(t96)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t150 = ONE
    try:
        t151 = argmax(t56, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t151 = None
    s.append((151, 'None', t151))
    t152 = fgpartition(t149)
    s.append((152, 'fgpartition_152', t152))
    try:
        t153 = outbox(t79)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t153 = None
    t154 = objects(t139, t141, F, t141)
    t155 = equality(t134, t148)
    t156 = rot90(t143)
    t157 = uppermost(t19)
    t158 = palette(t156)
    s.append((158, 'None', t158))
    t159 = vmirror(t139)
    t160 = add(t138, t142)
    s.append((160, 'add_160', t160))
    t161 = replace(t149, t129, SIX)
    t162 = leastcolor(t143)
    try:
        t163 = size(t100)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t163 = ZERO
    t164 = fgpartition(t159)
    s.append((164, 'None', t164))
    t165 = fgpartition(t131)
    try:
        t166 = first(t154)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t166 = None
    t167 = equality(t161, t161)
    s.append((167, 'equality_167', t167))
    try:
        t168 = lowermost(t166)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t168 = ONE
    s.append((168, 'lowermost_168', t168))
    t169 = equality(t168, t157)
    t170 = hmirror(t156)
    o.append((170, True, task_id, t170))
    t171 = numcolors(t156)
    t172 = dmirror(t170)
    try:
        t173 = maximum(t24)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t173 = ZERO
    try:
        t174 = maximum(t66)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t174 = mostcolor(I)
    s.append((174, 'None', t174))
    t175 = fgpartition(t161)
    s.append((175, 'fgpartition_175', t175))
    try:
        t176 = color(t136)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t176 = ZERO
    t177 = equality(t163, t171)
    try:
        t178 = color(t96)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t178 = mostcolor(I)
    s.append((178, 'color_178', t178))
    t179 = numcolors(t172)
    s.append((179, 'numcolors_179', t179))
    try:
        t180 = width(t166)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t180 = NEG_ONE
    return o, s


def batt_05(task_id, S, I, C, log_path):
    s = []
    o = []
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    s.append((4, 'None', 'pattern', t4))
    t5 = objects(I, T, F, F)
    try:
        t6 = argmax(t5, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t6 = None
    s.append((6, 'argmax_006', t6))
    t7 = sizefilter(t5, FOUR)
    s.append((7, 'None', t7))
    t8 = palette(I)
    s.append((8, 'palette_008', t8))
    try:
        t9 = lowermost(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t9 = ONE
    try:
        t10 = width(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t10 = ONE
    s.append((10, 'None', t10))
    t11 = fgpartition(I)
    s.append((11, 'fgpartition_011', t11))
    t12 = size(t5)
    s.append((12, 'None', t12))
    t13 = size(t7)
    s.append((13, 'size_013', t13))
    t14 = cmirror(C)
    try:
        t15 = height(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t15 = ONE
    try:
        t16 = leftmost(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t16 = ZERO
    try:
        t17 = height(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t17 = ZERO
    s.append((17, 'height_017', t17))
    t18 = objects(I, F, F, F)
    t19 = invert(t15)
    t20 = double(t17)
    s.append((20, 'double_020', t20))
    t21 = palette(I)
    s.append((21, 'palette_021', t21))
    t22 = mostcolor(C)
    t23 = hmirror(t14)
    o.append((23, True, 'cand_023', t23))
    try:
        t24 = cover(I, t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t24 = rot90(I)
    try:
        t25 = minimum(t8)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t25 = mostcolor(I)
    s.append((25, 'None', t25))
    t26 = replace(t23, t22, ZERO)
    o.append((26, False, 'cand_026', t26))
    t27 = hmirror(t26)
    o.append((27, True, 'cand_027', t27))
    t28 = dmirror(t23)
    try:
        t29 = outbox(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t29 = None
    s.append((29, 'outbox_029', t29))
    try:
        t30 = underfill(t28, NINE, t29)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t30 = hmirror(C)
    o.append((30, False, task_id, t30))
    try:
        t31 = first(t7)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t31 = None
    t32 = palette(t28)
    s.append((32, 'None', t32))
    t33 = subtract(t19, t20)
    t34 = sizefilter(t18, THREE)
    s.append((34, 'sizefilter_034', t34))
    try:
        t35 = first(t18)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t35 = None
    try:
        t36 = argmax(t5, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t36 = None
    t37 = replace(t30, t22, t22)
    o.append((37, True, task_id, t37))
    t38 = height(t37)
    s.append((38, 'None', t38))
    t39 = objects(t37, F, T, T)
    try:
        t40 = toindices(t35)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t40 = None
    t41 = greater(t12, t38)
    s.append((41, 'None', t41))
    t42 = increment(t38)
    s.append((42, 'increment_042', t42))
    try:
        t43 = paint(t37, t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t43 = rot90(I)
    o.append((43, False, 'cand_043', t43))
    try:
        t44 = paint(t30, t31)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t44 = rot90(I)
    try:
        t45 = size(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t45 = ZERO
    s.append((45, 'None', t45))
    try:
        t46 = argmax(t7, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t46 = None
    t47 = greater(t45, t42)
    s.append((47, 'greater_047', t47))
    t48 = invert(t42)
    try:
        t49 = maximum(t8)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t49 = ZERO
    t50 = fgpartition(t26)
    t51 = rot270(t43)
    try:
        t52 = underfill(t43, ONE, t29)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t52 = rot90(I)
    o.append((52, True, task_id, t52))
    t53 = invert(t33)
    t54 = objects(t43, t41, F, t47)
    s.append((54, 'objects_054', t54))
    t55 = equality(t20, t48)
    t56 = decrement(t48)
    t57 = invert(t53)
    try:
        t58 = rightmost(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t58 = NEG_ONE
    t59 = add(t48, t58)
    t60 = cmirror(t52)
    o.append((60, False, 'cand_060', t60))
    t61 = vmirror(t60)
    t62 = mostcolor(t60)
    s.append((62, 'None', t62))
    t63 = colorfilter(t18, t22)
    s.append((63, 'colorfilter_063', t63))
    t64 = flip(t47)
    t65 = subtract(t59, t59)
    s.append((65, 'None', t65))
    t66 = numcolors(t60)
    t67 = size(t21)
    try:
        t68 = toindices(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t68 = None
    t69 = rot270(t61)
    o.append((69, True, 'cand_069', t69))
    try:
        t70 = inbox(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t70 = None
    t71 = hmirror(t69)
    o.append((71, False, 'cand_071', t71))
    t72 = dmirror(t43)
    try:
        t73 = uppermost(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t73 = ZERO
    t74 = height(t69)
    s.append((74, 'None', t74))
    t75 = greater(t74, t74)
    t76 = double(t74)
    try:
        t77 = outbox(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t77 = None
    s.append((77, 'outbox_077', t77))
    t78 = fgpartition(t72)
    try:
        t79 = uppermost(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t79 = ONE
    t80 = increment(t67)
    s.append((80, 'None', t80))
    t81 = height(t72)
    s.append((81, 'height_081', t81))
    t82 = rot90(t61)
    t83 = size(t7)
    s.append((83, 'size_083', t83))
    t84 = objects(t82, T, T, F)
    s.append((84, 'None', t84))
    t85 = dmirror(t82)
    o.append((85, False, task_id, t85))
    t86 = replace(t85, t62, t49)
    o.append((86, False, task_id, t86))
    t87 = switch(t69, t25, t22)
    t88 = add(t79, t83)
    try:
        t89 = paint(t85, t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t89 = rot90(I)
    o.append((89, True, task_id, t89))
    t90 = equality(t89, t69)
    s.append((90, 'None', t90))
    try:
        t91 = maximum(t8)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t91 = mostcolor(I)
    try:
        t92 = size(t31)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t92 = NEG_ONE
    try:
        t93 = rightmost(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t93 = NEG_ONE
    t94 = height(t87)
    try:
        t95 = delta(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t95 = None
    t96 = width(t85)
    s.append((96, 'width_096', t96))
    t97 = invert(t94)
    s.append((97, 'invert_097', t97))
    t98 = equality(t86, t89)
    t99 = numcolors(t86)
    t100 = invert(t99)
    try:
        t101 = argmin(t78, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t101 = None
    try:
        t102 = color(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t102 = mostcolor(I)
    s.append((102, 'None', t102))
    t103 = switch(t89, t102, t22)
    o.append((103, True, task_id, t103))
    try:
        t104 = width(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t104 = ZERO
    s.append((104, 'width_104', t104))
    try:
        t105 = paint(t103, t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t105 = hmirror(C)
    o.append((105, False, task_id, t105))
    t106 = difference_tuple(t4, t4)
    s.append((106, 'None', t106))
    try:
        t107 = lowermost(t31)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t107 = ONE
    t108 = numcolors(t89)
    s.append((108, 'None', t108))
    try:
        t109 = fill(t103, t22, t70)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t109 = hmirror(C)
    t110 = objects(t109, t55, T, t98)
    s.append((110, 'None', t110))
    t111 = double(t108)
    try:
        t112 = delta(t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t112 = None
    t113 = colorfilter(t84, t49)
    t114 = replace(t89, t102, ONE)
    o.append((114, False, 'cand_114', t114))
    t115 = size(t110)
    s.append((115, 'size_115', t115))
    try:
        t116 = fill(t114, t102, t77)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t116 = hmirror(C)
    t117 = replace(t114, t62, SEVEN)
    try:
        t118 = backdrop(t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t118 = None
    t119 = width(t116)
    t120 = objects(t109, t98, F, t64)
    t121 = cmirror(t114)
    o.append((121, False, task_id, t121))
    t122 = increment(t119)
    s.append((122, 'increment_122', t122))
    try:
        t123 = uppermost(t6)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t123 = ONE
    s.append((123, 'uppermost_123', t123))
    try:
        t124 = rightmost(t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t124 = ONE
    try:
        t125 = leftmost(t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t125 = ONE
    try:
        t126 = paint(t116, t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t126 = rot90(I)
    try:
        t127 = get_nth_t(t4, FOUR)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t127 = None
    s.append((127, 'None', t127))
    try:
        t128 = underfill(t121, NINE, t95)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t128 = hmirror(C)
    try:
        t129 = size(t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t129 = ONE
    t130 = equality(t129, t99)
    t131 = replace(t126, t25, t102)
    t132 = greater(t129, t129)
    t133 = palette(t128)
    s.append((133, 'None', t133))
    try:
        t134 = outbox(t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t134 = None
    t135 = flip(t75)
    t136 = height(t126)
    s.append((136, 'height_136', t136))
    t137 = subtract(t129, t124)
    try:
        t138 = color(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t138 = mostcolor(I)
    t139 = height(t131)
    t140 = decrement(t139)
    t141 = sizefilter(t113, t139)
    s.append((141, 'sizefilter_141', t141))
    t142 = invert(t139)
    t143 = palette(t131)
    try:
        t144 = paint(t86, t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t144 = hmirror(C)
    t145 = equality(t142, t123)
    s.append((145, 'equality_145', t145))
    try:
        t146 = fill(t144, t102, t134)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t146 = hmirror(C)
    o.append((146, False, task_id, t146))
    try:
        t147 = toindices(t46)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t147 = None
    try:
        t148 = first(t110)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t148 = None
    s.append((148, 'first_148', t148))
    try:
        t149 = cover(t146, t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t149 = hmirror(C)
    try:
        t150 = size(t35)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t150 = ONE
    try:
        t151 = lowermost(t36)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t151 = ONE
    s.append((151, 'lowermost_151', t151))
    try:
        t152 = maximum(t143)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t152 = ZERO
    t153 = partition(t146)
    try:
        t154 = lowermost(t35)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t154 = ZERO
    s.append((154, 'lowermost_154', t154))
    t155 = colorfilter(t50, t152)
    t156 = color(t36)
    try:
        t157 = argmax(t153, size)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t157 = None
    s.append((157, 'argmax_157', t157))
    try:
        t158 = minimum(t143)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t158 = ZERO
    try:
        t159 = leftmost(t157)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t159 = ZERO
    s.append((159, 'None', t159))
    try:
        t160 = fill(t146, t158, t40)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t160 = hmirror(C)
    o.append((160, True, 'cand_160', t160))
    t161 = size(t8)
    s.append((161, 'size_161', t161))
    t162 = color(t46)
    s.append((162, 'None', t162))
    try:
        t163 = backdrop(t157)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t163 = None
    t164 = double(t154)
    s.append((164, 'double_164', t164))
    try:
        t165 = rightmost(t157)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t165 = ONE
    s.append((165, 'None', t165))
    try:
        t166 = uppermost(t157)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t166 = NEG_ONE
    s.append((166, 'None', t166))
    t167 = colorfilter(t120, t152)
    s.append((167, 'None', t167))
    t168 = greater(t164, t161)
    t169 = color(t6)
    s.append((169, 'color_169', t169))
    t170 = switch(t128, t162, t162)
    t171 = dmirror(t160)
    o.append((171, False, task_id, t171))
    try:
        t172 = get_nth_t(t4, TWO)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t172 = None
    try:
        t173 = uppermost(t148)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t173 = ONE
    s.append((173, 'None', t173))
    t174 = dedupe(t106)
    s.append((174, 'dedupe_174', t174))
    try:
        t175 = paint(t160, t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t175 = hmirror(C)
    o.append((175, False, 'cand_175', t175))
    t176 = equality(t175, t87)
    try:
        t177 = toindices(t101)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t177 = None
    t178 = add(t164, t161)
    s.append((178, 'None', t178))
    try:
        t179 = minimum(t8)
    except (TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError):
        t179 = mostcolor(I)
    t180 = decrement(t166)
    s.append((180, 'decrement_180', t180))
    return o, s
