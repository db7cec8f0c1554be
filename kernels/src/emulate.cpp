// The search's kernels compiled as plain C++ (the `emulate` feature): `batt_emulate` runs
// one launch, its blocks and threads one after another, on the CPU.
#include <cstring>

#include "emulate.h"
#include "search.h"

thread_local batt_dim3 threadIdx;
thread_local batt_dim3 blockIdx;
thread_local batt_dim3 blockDim;
thread_local batt_dim3 gridDim;

// Each family in its own namespace, so that their helpers never clash.
namespace frontier {
#include "frontier.cu"
}
namespace rigid {
#include "rigid.cu"
}
namespace fills {
#include "fills.cu"
}
namespace shapes {
#include "shapes.cu"
}
namespace split {
#include "split.cu"
}
namespace scale {
#include "scale.cu"
}
namespace lines {
#include "lines.cu"
}
namespace color {
#include "color.cu"
}
namespace crop {
#include "crop.cu"
}
namespace objects {
#include "objects.cu"
}

namespace {
struct Entry {
    const char* name;
    void (*run)(const void*);
};

template <typename P, void (*K)(P)>
void call(const void* params) {
    P p;
    std::memcpy(&p, params, sizeof(P));
    K(p);
}

const Entry ENTRIES[] = {
    {"features", call<FeatureParams, frontier::features>},
    {"hash_items", call<ItemParams, frontier::hash_items>},
    {"dedup_insert", call<ItemParams, frontier::dedup_insert>},
    {"dedup_verify", call<ItemParams, frontier::dedup_verify>},
    {"gather_images", call<GatherParams, frontier::gather_images>},
    {"resident_probe", call<ResidentParams, frontier::resident_probe>},
    {"resident_insert", call<ResidentParams, frontier::resident_insert>},
    {"judge_items", call<JudgeParams, frontier::judge_items>},
    {"rigid_shape", call<TransformParams, rigid::rigid_shape>},
    {"rigid_cells", call<TransformParams, rigid::rigid_cells>},
    {"fills_shape", call<TransformParams, fills::fills_shape>},
    {"fills_cells", call<TransformParams, fills::fills_cells>},
    {"shapes_shape", call<TransformParams, shapes::shapes_shape>},
    {"shapes_cells", call<TransformParams, shapes::shapes_cells>},
    {"split_shape", call<TransformParams, split::split_shape>},
    {"split_cells", call<TransformParams, split::split_cells>},
    {"scale_shape", call<TransformParams, scale::scale_shape>},
    {"scale_cells", call<TransformParams, scale::scale_cells>},
    {"lines_shape", call<TransformParams, lines::lines_shape>},
    {"lines_cells", call<TransformParams, lines::lines_cells>},
    {"color_shape", call<TransformParams, color::color_shape>},
    {"color_cells", call<TransformParams, color::color_cells>},
    {"crop_shape", call<TransformParams, crop::crop_shape>},
    {"crop_cells", call<TransformParams, crop::crop_cells>},
    {"objects_shape", call<TransformParams, objects::objects_shape>},
    {"objects_cells", call<TransformParams, objects::objects_cells>},
};
}  // namespace

// Runs kernel `name` over `grid` blocks of `block` threads with `params` (the kernel's one
// parameter, as laid out in search.h); returns 0, or -1 for an unknown kernel.
extern "C" int batt_emulate(const char* name, unsigned grid, unsigned block,
                            const void* params) {
    for (const Entry& e : ENTRIES) {
        if (std::strcmp(e.name, name) != 0) continue;
        gridDim = {grid, 1, 1};
        blockDim = {block, 1, 1};
        for (unsigned b = 0; b < grid; b++) {
            for (unsigned t = 0; t < block; t++) {
                blockIdx = {b, 0, 0};
                threadIdx = {t, 0, 0};
                e.run(params);
            }
        }
        return 0;
    }
    return -1;
}
