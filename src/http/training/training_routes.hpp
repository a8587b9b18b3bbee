#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// Training routes: admins list, write, reorder and remove a programme's modules, preview Markdown and read
/// everyone's progress; participants read their own modules and submit and read their own attempts. The
/// service checks relations (membership, the module's role).
void AddTrainingRoutes(Router& router, ApiServices services);

}  // namespace upward::http
