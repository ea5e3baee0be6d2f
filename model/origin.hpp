#pragma once
// model::Origin: the util type (errors name origins too, and util sits below model).
#include "util/origin.hpp"

namespace chatvault::model {

using Origin = chatvault::Origin;

}  // namespace chatvault::model
